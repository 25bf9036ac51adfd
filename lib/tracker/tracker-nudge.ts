/**
 * When a nudge may fire. Pure: the reasons are checked in a fixed order and the first one that
 * holds is reported, so the popup can say *why* nothing happened.
 */
import { isQuietAt } from '../settings/quiet-hours';
import type { TrackerSettings, TrackerState } from './tracker-state';

/** Why no nudge is due right now (null: one is due). */
export type DeferReason =
  | 'away'
  | 'below-threshold'
  | 'paused'
  | 'snoozed'
  | 'quiet-hours'
  | 'daily-cap'
  | 'repeat-wait'
  | 'call'
  | 'fullscreen'
  | 'unfocused';

/** What the nudge decision needs besides the state. */
export interface NudgeContext {
  /** Effective now (ms epoch), already clamped to the state's `lastAliveAt`. */
  t: number;
  solitaryMs: number;
  minuteMs: number;
  /** Local minute of the day, 0–1439. */
  localMinuteOfDay: number;
  /** Local day key 'YYYY-MM-DD' of `t`. */
  todayKey: string;
}

/** The repeat interval grows at most to this many times the person's own. */
export const MAX_BACKOFF = 8;

/**
 * How long after the last nudge another may come: the person's repeat interval, doubled for each
 * further nudge in a row that went unanswered (ignored or dismissed), up to `MAX_BACKOFF` times it.
 */
export function repeatWaitMs(
  state: Pick<TrackerState, 'unanswered'>,
  settings: TrackerSettings,
  minuteMs: number,
): number {
  const factor = Math.min(MAX_BACKOFF, 2 ** Math.max(0, state.unanswered - 1));
  return settings.repeatMin * factor * minuteMs;
}

/**
 * The first reason holding back a nudge, or null when a nudge is due. In order: first whether there
 * is anything to nudge about at all, then the person's own choices (pause, snooze, quiet hours, cap),
 * then Attune's manners (not twice in a row, not on a call, not over a film, not into a window they
 * are not looking at).
 */
export function deferReason(s: TrackerState, set: TrackerSettings, c: NudgeContext): DeferReason | null {
  // Watching counts and may be nudged (fullscreen with sound defers it, below).
  if (s.activeSince === null) return 'away';
  if (c.solitaryMs < set.thresholdMin * c.minuteMs) return 'below-threshold';
  if (s.pausedUntil !== null && s.pausedUntil > c.t) return 'paused';
  if (s.snoozedUntil !== null && s.snoozedUntil > c.t) return 'snoozed';
  if (isQuietAt(set.quietHours, c.localMinuteOfDay)) return 'quiet-hours';
  if (s.nudgeDay === c.todayKey && s.nudgesOnDay >= set.dailyCap) return 'daily-cap';
  if (s.lastNudgeAt !== null && c.t - s.lastNudgeAt < repeatWaitMs(s, set, c.minuteMs)) return 'repeat-wait';
  if (s.callSince !== null) return 'call';
  if (s.fullscreenWithSound) return 'fullscreen';
  if (!s.focused) return 'unfocused';
  return null;
}
