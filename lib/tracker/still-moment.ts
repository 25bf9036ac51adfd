/**
 * The still moment: a card Attune opens by itself must never take the keyboard from someone typing,
 * so it opens only after the input has rested (`STILL_S`), and while input keeps flowing it waits.
 * A wait that goes on for `KNOCK_AFTER_MIN` knocks once without taking focus (the badge, a
 * notification). Pure: the wait is read back from the decision log, which the background already
 * saves with every event, so it survives a stopped worker without a storage key of its own.
 */
import { appendDecisions, type Decision } from './decision-log';

/**
 * Seconds without input before a card may open by itself. 15 s is also the finest the browsers'
 * idle API can tell (`idle.queryState`'s minimum), and far longer than any pause within a sentence.
 */
export const STILL_S = 15;

/** The `deferred` detail of a nudge waiting for the input to rest. */
export const TYPING = 'typing';

/** Configured minutes of waiting for a still moment before Attune knocks. */
export const KNOCK_AFTER_MIN = 3;

/** Lines that end a wait for a still moment: it was shown, knocked, or no nudge is due any more. */
const ENDS_WAIT = new Set<Decision['what']>([
  'nudge',
  'knock',
  'break',
  'connected',
  'not-alone',
  'resume',
  'start',
  'snooze',
  'pause',
]);

/**
 * When the current wait for the input to rest began (ms epoch), or null when none is open: the
 * earliest `deferred: typing` since the last line that ended a wait. A wait for another reason in
 * between (no browser window focused, a call) starts it afresh, as the person was doing something else.
 */
export function waitingSince(log: readonly Decision[]): number | null {
  let since: number | null = null;
  for (let i = log.length - 1; i >= 0; i--) {
    const { what, detail, at } = log[i] as Decision;
    if (ENDS_WAIT.has(what)) break;
    if (what !== 'deferred') continue;
    if (detail !== TYPING) break;
    since = at;
  }
  return since;
}

/** Whether the wait for a still moment has gone on long enough to knock (once: a knock ends it). */
export function knockDue(log: readonly Decision[], now: number, minuteMs: number): boolean {
  const since = waitingSince(log);
  return since !== null && now - since >= KNOCK_AFTER_MIN * minuteMs;
}

/**
 * The log with its last nudge line saying how the card actually opened (`window` when the toolbar
 * popup was refused), or with a knock added when it could not open at all. The nudge is recorded
 * inside its event, before the browser opens anything; the browser's answer comes later.
 */
export function reviseOpening(log: readonly Decision[], how: 'popup' | 'window' | 'knock', now: number) {
  if (how === 'knock') return appendDecisions(log, [{ at: now, what: 'knock' }]);
  const last = log.findLastIndex((d) => d.what === 'nudge');
  if (last < 0 || log[last]?.detail === how) return log;
  return log.map((d, i) => (i === last ? { ...d, detail: how } : d));
}
