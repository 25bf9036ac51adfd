/**
 * The browser's idle state. Chromium's idle manager starts at `active` and only reports changes, so
 * after a restart (or a lost event) the real state must be asked for, never assumed.
 */
import { browser } from 'wxt/browser';
import type { Activity } from '../lib/tracker/tracker';
import { MIN_IDLE_INTERVAL_S } from './compat';
import { MINUTE_MS } from './time-scale';

/** Idle after one configured minute without input, never below the browser's 15 s minimum. */
export const IDLE_INTERVAL_S = Math.max(MIN_IDLE_INTERVAL_S, Math.round(MINUTE_MS / 1000));

/** The idle state right now, or null when the browser can't tell (the caller keeps what it knows). */
export async function readIdleState(): Promise<Activity | null> {
  try {
    return await browser.idle.queryState(IDLE_INTERVAL_S);
  } catch {
    return null;
  }
}
