/**
 * The solitary-session state machine: `step` folds events into a plain-JSON state, `view`
 * reads it at a given moment. Time is always passed in; nothing here touches the browser.
 *
 * Break rules, in one place:
 * - an idle/locked span of at least `breakMin` ends the session where the span began;
 * - a silence of more than `breakMin` (no event heard) ends it at the last event heard;
 *   for a tick the silence is measured from the later of the last event and the tick's
 *   `scheduledAt`, so a late alarm (machine asleep) is a break but an ordinary tick period is not;
 *   `startup` is just an event, so a restore after more than `breakMin` is a break too.
 */

import { type DeferReason, deferReason } from './tracker-nudge';
import type { Activity, TrackerEvent, TrackerSettings, TrackerState } from './tracker-state';
import { effectiveTime, elapse, resetSolitary, settle, startSession } from './tracker-time';

export type { DeferReason } from './tracker-nudge';
export type { Activity, TrackerEvent, TrackerSettings, TrackerState } from './tracker-state';
export { initialTrackerState, trackerStateSchema } from './tracker-state';

/** A call at least this many configured minutes long is a connection moment. */
export const CALL_CONNECTION_MIN = 2;

/** What the surfaces need to know at one moment. */
export interface TrackerView {
  /** Active ms since the last connection moment in this session. */
  solitaryMs: number;
  /** `solitaryMs` in whole configured minutes. */
  solitaryMin: number;
  /** Active ms in this session (idle spans excluded). */
  sessionActiveMs: number;
  paused: boolean;
  pausedUntil?: number;
  snoozedUntil?: number;
  nudgeDue: boolean;
  /** Why no nudge is due; null exactly when `nudgeDue`. */
  deferredBy: DeferReason | null;
  activity: Activity;
  /** No session (after a natural break) or not active right now. */
  away: boolean;
  inCall: boolean;
}

/**
 * Applies one event. Pure: returns a new state (or the same one when nothing changed) and never
 * mutates its input. Settings are read, never stored, so a settings change simply takes effect
 * at the next call.
 */
export function step(
  state: TrackerState,
  event: TrackerEvent,
  settings: TrackerSettings,
  minuteMs: number,
): TrackerState {
  const t = effectiveTime(state, event.at);
  const silentSince =
    event.type === 'tick' && event.scheduledAt !== undefined && Number.isFinite(event.scheduledAt)
      ? Math.max(state.lastAliveAt, Math.min(event.scheduledAt, t))
      : state.lastAliveAt;
  const tolerance = event.type === 'startup' ? (event.staleMs ?? 0) : 0;
  const aged = elapse(state, t, silentSince, settings.breakMin * minuteMs, tolerance);
  return apply(aged, event, t, minuteMs, state.lastAliveAt);
}

function apply(
  s: TrackerState,
  event: TrackerEvent,
  t: number,
  minuteMs: number,
  lastSeen: number,
): TrackerState {
  switch (event.type) {
    case 'activity':
      return changeActivity(s, event.state, t);
    case 'connected':
    case 'not-alone':
      return { ...resetSolitary(s, t), unanswered: 0 };
    case 'call-start':
      return s.callSince === null ? { ...s, callSince: t } : s;
    case 'call-end':
      return endCall(s, t, minuteMs);
    case 'snooze':
      return { ...s, snoozedUntil: event.until > t ? event.until : null };
    case 'pause':
      return { ...s, pausedUntil: event.until > t ? event.until : null };
    case 'resume':
      return { ...s, pausedUntil: null, snoozedUntil: null };
    case 'nudge-shown':
      return {
        ...s,
        lastNudgeAt: t,
        nudgeDay: event.dayKey,
        nudgesOnDay: s.nudgeDay === event.dayKey ? s.nudgesOnDay + 1 : 1,
        unanswered: s.nudgeDay === event.dayKey ? s.unanswered + 1 : 1,
      };
    case 'nudge-dismissed':
      return { ...s, lastNudgeAt: t, unanswered: s.unanswered + 1 };
    case 'context':
      return s.focused === event.focused && s.fullscreenWithSound === event.fullscreenWithSound
        ? s
        : { ...s, focused: event.focused, fullscreenWithSound: event.fullscreenWithSound };
    case 'tick':
      return s;
    case 'startup':
      // The session survived the restart, but nothing was observed while the browser was gone:
      // that gap is not counted.
      return s.activeSince !== null && s.activeSince <= lastSeen
        ? { ...settle(s, lastSeen), activeSince: t }
        : s;
  }
}

function changeActivity(s: TrackerState, to: Activity, t: number): TrackerState {
  if (s.activity === to) return s;
  if (to === 'active') {
    return s.sessionStartedAt === null
      ? startSession(s, t)
      : { ...s, activity: 'active', activeSince: t, idleSince: null };
  }
  // idle <-> locked is one continuous absence: keep when it began.
  if (s.activity !== 'active') return { ...s, activity: to };
  return { ...settle(s, t), activity: to, activeSince: null, idleSince: t };
}

/** The call's whole length, not only the last two minutes, stops being solitary time. */
function endCall(s: TrackerState, t: number, minuteMs: number): TrackerState {
  if (s.callSince === null) return s;
  const long = t - s.callSince >= CALL_CONNECTION_MIN * minuteMs;
  return { ...(long ? resetSolitary(s, t) : s), callSince: null };
}

/**
 * Reads the state at `now`, as if a tick had arrived then (same break rules), without changing it.
 * `localMinuteOfDay` (0–1439) is for quiet hours and `todayKey` ('YYYY-MM-DD', local) for the
 * daily cap; both describe `now` in the person's time zone, so tests stay deterministic.
 */
export function view(
  state: TrackerState,
  settings: TrackerSettings,
  now: number,
  minuteMs: number,
  localMinuteOfDay: number,
  todayKey: string,
): TrackerView {
  const t = effectiveTime(state, now);
  const s = elapse(state, t, state.lastAliveAt, settings.breakMin * minuteMs);
  const run = s.activeSince === null ? 0 : t - s.activeSince;
  const solitaryMs = s.solitaryMs + run;
  const deferredBy = deferReason(s, settings, { t, solitaryMs, minuteMs, localMinuteOfDay, todayKey });
  return {
    solitaryMs,
    solitaryMin: Math.floor(solitaryMs / minuteMs),
    sessionActiveMs: s.sessionActiveMs + run,
    paused: s.pausedUntil !== null,
    ...(s.pausedUntil !== null && { pausedUntil: s.pausedUntil }),
    ...(s.snoozedUntil !== null && { snoozedUntil: s.snoozedUntil }),
    nudgeDue: deferredBy === null,
    deferredBy,
    activity: s.activity,
    away: s.sessionStartedAt === null || s.activity !== 'active',
    inCall: s.callSince !== null,
  };
}

/**
 * Whether `next` differs from `prev` in anything but `lastAliveAt` — i.e. a transition the glue
 * must persist (activity, session start/end, reset, snooze/pause, nudge, call, focus). A plain
 * tick only moves `lastAliveAt`, and the running stretch needs no saving because it is derived
 * from `activeSince`.
 */
export function isMeaningfulChange(prev: TrackerState, next: TrackerState): boolean {
  if (prev === next) return false;
  for (const key of Object.keys(next) as (keyof TrackerState)[]) {
    if (key !== 'lastAliveAt' && prev[key] !== next[key]) return true;
  }
  return false;
}

function activeTotal(s: TrackerState): number {
  return s.activeTotalMs + (s.activeSince === null ? 0 : s.lastAliveAt - s.activeSince);
}

/**
 * The active time counted between two snapshots, as a span starting at `prev.lastAliveAt`, for
 * the daily stats; null when none. Exact for consecutive states (activity is constant between
 * two events); for states further apart the total is exact and the placement approximate.
 */
export function countedSpan(prev: TrackerState, next: TrackerState): { from: number; to: number } | null {
  const added = activeTotal(next) - activeTotal(prev);
  return added > 0 ? { from: prev.lastAliveAt, to: prev.lastAliveAt + added } : null;
}
