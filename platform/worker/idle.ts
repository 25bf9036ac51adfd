/**
 * The browser's idle state. Chromium's idle manager starts at `active` and only reports changes, so
 * after a restart (or a lost event) the real state must be asked for, never assumed.
 */
import { browser } from 'wxt/browser';
import { STILL_S } from '../../lib/tracker/still-moment';
import type { Activity } from '../../lib/tracker/tracker';
import { MIN_IDLE_INTERVAL_S } from './compat';
import { MINUTE_MS } from './time-scale';

/**
 * Idle after one configured minute without input (in whole seconds), never below the browser's 15 s
 * minimum. Plain arithmetic, so a release build folds it to a number.
 */
const MINUTE_S = ((MINUTE_MS + 500) / 1000) | 0;
export const IDLE_INTERVAL_S = MINUTE_MS >= MIN_IDLE_INTERVAL_S * 1000 ? MINUTE_S : MIN_IDLE_INTERVAL_S;

/** The idle state right now, or null when the browser can't tell (the caller keeps what it knows). */
export async function readIdleState(): Promise<Activity | null> {
  try {
    return await browser.idle.queryState(IDLE_INTERVAL_S);
  } catch {
    return null;
  }
}

/**
 * Whether the input has rested for the still moment a card needs (`STILL_S` without a key or a
 * pointer move). Locked is not still (nobody is there to see the card); a browser that can't tell
 * isn't either: then the wait ends with a knock, which takes nothing.
 */
export async function inputRested(): Promise<boolean> {
  try {
    return (await browser.idle.queryState(STILL_S)) === 'idle';
  } catch {
    return false;
  }
}
