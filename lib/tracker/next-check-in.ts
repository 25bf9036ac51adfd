/**
 * When Attune may check in next: what the card says after every answer ("Next check-in after 2 h
 * alone, not before 15:40") and, before the threshold, when a nudge could come at the earliest.
 * Pure: the state, the settings and the moment are passed in, and so is the one thing that depends
 * on the person's clock (when the quiet hours holding at a given moment end).
 */
import { repeatWaitMs } from './tracker-nudge';
import type { TrackerSettings, TrackerState } from './tracker-state';

/** What the card can say about the next check-in. */
export type NextCheckIn =
  /** Paused: nothing before `until`; `restOfDay` when the pause runs to the end of today. */
  | { kind: 'paused'; until: number; restOfDay: boolean }
  /**
   * A check-in once `aloneMs` of solitary time has gathered (null: already enough) and not before
   * `notBefore` (ms epoch; null: nothing else holds it back).
   */
  | { kind: 'after'; aloneMs: number | null; notBefore: number | null }
  /** One could come now. */
  | { kind: 'now' };

/** What `nextCheckIn` needs besides the state and the settings. */
export interface CheckInContext {
  /** Now (ms epoch). */
  now: number;
  /** Solitary time so far (the tracker's view at `now`). */
  solitaryMs: number;
  minuteMs: number;
  /** The local day key ('YYYY-MM-DD') of `now`, for the daily cap. */
  todayKey: string;
  /** When today ends, local time (ms epoch): a pause to then is "for the rest of today". */
  endOfToday: number;
  /** When the quiet hours holding at `t` end (ms epoch), or null when `t` is not in quiet hours. */
  quietEndAt: (t: number) => number | null;
}

/** A pause that ends within this of midnight was asked "for the rest of today". */
const MIDNIGHT_SLACK_MS = 60_000;

/**
 * The earliest moment a nudge could come, from what holds it back now: the solitary time still
 * missing (assuming the person stays at the screen alone), a snooze, the wait after the last nudge
 * (backed off for unanswered ones), today's cap, and quiet hours at the moment that leaves.
 */
export function nextCheckIn(
  state: Pick<
    TrackerState,
    'pausedUntil' | 'snoozedUntil' | 'lastNudgeAt' | 'unanswered' | 'nudgeDay' | 'nudgesOnDay'
  >,
  settings: TrackerSettings,
  ctx: CheckInContext,
): NextCheckIn {
  const { now } = ctx;
  if (state.pausedUntil !== null && state.pausedUntil > now) {
    const restOfDay = Math.abs(state.pausedUntil - ctx.endOfToday) < MIDNIGHT_SLACK_MS;
    return { kind: 'paused', until: state.pausedUntil, restOfDay };
  }
  const thresholdMs = settings.thresholdMin * ctx.minuteMs;
  const missingMs = Math.max(0, thresholdMs - ctx.solitaryMs);
  const holds = [now + missingMs];
  if (state.snoozedUntil !== null) holds.push(state.snoozedUntil);
  if (state.lastNudgeAt !== null) {
    holds.push(state.lastNudgeAt + repeatWaitMs(state, settings, ctx.minuteMs));
  }
  if (state.nudgeDay === ctx.todayKey && state.nudgesOnDay >= settings.dailyCap) holds.push(ctx.endOfToday);
  let at = Math.max(...holds);
  // Quiet hours at that moment move it to their end (which is never quiet itself).
  at = ctx.quietEndAt(at) ?? at;
  if (at <= now) return { kind: 'now' };
  return { kind: 'after', aloneMs: missingMs > 0 ? thresholdMs : null, notBefore: at };
}
