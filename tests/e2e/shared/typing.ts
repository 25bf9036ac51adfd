/**
 * A person typing through the moment a nudge comes due, with real X input (xdotool), for the headed
 * Chromium and Firefox specs: words in bursts with short pauses (none as long as 10 s), into
 * whatever has the keyboard. What they typed is compared with what the page's textarea holds.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A page that is only a textarea filling the window: wherever the pointer is, it is over it. */
export const NOTES_PAGE =
  'data:text/html,<title>Notes</title><style>html,body{margin:0;height:100%25}textarea{box-sizing:border-box;width:100%25;height:100%25}</style><textarea id=notes></textarea>';

/** Lowercase words and spaces only: every character is one plain key on any keyboard layout. */
const WORDS = 'the quick brown fox jumps over the lazy dog while notes pile up slowly '.split(' ');

/** Characters per second at `DELAY_MS` between keys: a steady typist. */
const DELAY_MS = 110;

/** Runs xdotool on `display` (the default one when undefined). */
export async function xdotool(display: string | undefined, ...args: string[]): Promise<void> {
  await run('xdotool', args, { env: { ...process.env, ...(display ? { DISPLAY: display } : {}) } });
}

/** Clicks at screen coordinates with the real pointer (puts the keyboard in what is under it). */
export async function clickAt(display: string | undefined, x: number, y: number): Promise<void> {
  await xdotool(display, 'mousemove', '--sync', String(Math.round(x)), String(Math.round(y)));
  await xdotool(display, 'click', '1');
}

export interface Typed {
  /** Everything typed, in order. */
  text: string;
  /** When the last key went out (ms epoch). */
  lastKeyAt: number;
  /** The longest pause between two bursts (ms). */
  longestPauseMs: number;
}

/**
 * Types for about `forMs`: bursts of a few words, then a pause of 0.5–2.5 s (never near 10 s).
 */
export async function typeFor(display: string | undefined, forMs: number): Promise<Typed> {
  const started = Date.now();
  let text = '';
  let longestPauseMs = 0;
  let burst = 0;
  while (Date.now() - started < forMs) {
    const words = WORDS.slice(burst % 5, (burst % 5) + 3 + (burst % 3)).join(' ');
    const chunk = `${words} `;
    await xdotool(display, 'type', '--delay', String(DELAY_MS), chunk);
    text += chunk;
    burst += 1;
    const pause = 500 + ((burst * 700) % 2000);
    longestPauseMs = Math.max(longestPauseMs, pause);
    if (Date.now() - started + pause >= forMs) break;
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  return { text, lastKeyAt: Date.now(), longestPauseMs };
}

/**
 * Characters typed that did not reach the textarea: what was typed is matched in order against what
 * the textarea holds, and whatever finds no place is lost.
 */
export function charactersLost(typed: string, inTextarea: string): number {
  let matched = 0;
  for (const char of inTextarea) {
    if (matched < typed.length && char === typed[matched]) matched += 1;
  }
  return typed.length - matched;
}

/**
 * Watches for the card after the last key: resolves with the seconds of stillness before `isOpen`
 * first said yes, or null when it stayed shut for the whole `withinMs` pause.
 */
export async function stillnessBeforeCard(
  lastKeyAt: number,
  isOpen: () => Promise<boolean>,
  withinMs = 20_000,
): Promise<number | null> {
  while (Date.now() - lastKeyAt < withinMs) {
    if (await isOpen()) return (Date.now() - lastKeyAt) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

/** The minutes a card's status line shows ("1 h 35 min on your own…"), or null without them. */
export function minutesOnYourOwn(status: string): number | null {
  const shown = /(?:(\d+) h)? ?(?:(\d+) min)? on your own/.exec(status);
  return shown ? Number(shown[1] ?? 0) * 60 + Number(shown[2] ?? 0) : null;
}
