/**
 * The tracker, one of the concepts lib/ is grouped by: how long the person has been on their own
 * at the screen, and whether a nudge is due. `tracker.ts` is the state machine the background feeds
 * with events; beside it, `tracker-state.ts` holds the stored snapshot and its schema,
 * `tracker-time.ts` how time passing settles stretches and breaks, `tracker-nudge.ts` the reasons a
 * nudge waits, `still-moment.ts` when a card may open by itself (the input at rest, a knock after a
 * long wait), `tracker-looks.ts` what a look at the tabs says (watching, a call), `decision-log.ts`
 * what it noticed and why a nudge opened or waited (for the person to read), and `badge.ts` what the
 * toolbar button shows. It builds on settings (quiet hours), calls and words; in lib/, only a backup
 * (data) imports it.
 *
 * The solitary-session state machine: `step` folds events into a plain-JSON state, `view`
 * reads it at a given moment. Time is always passed in; nothing here touches the browser.
 *
 * Break rules, in one place:
 * - an idle/locked span of at least `breakMin` ends the session where the span began;
 * - a wall clock set back by more than `breakMin` ends it at the last time seen, and time starts
 *   again from the new clock (smaller jumps back are absorbed: time never runs backwards);
 * - a silence of more than `breakMin` plus one tick period (no event heard) ends it at the last
 *   event heard, so a late alarm (the machine slept) is a break but an ordinary tick period is not;
 *   a shorter sleep revealed by a late alarm pauses it: that time is not counted;
 *   `startup` is just an event, so a restore after more than `breakMin` is a break too.
 */

import type { CallSample } from '../calls/call-places';
import {
  callAfterLook,
  lookForCalls,
  lookForWatching,
  startWatching,
  WATCH_CAP_MIN,
  WATCH_GRACE_MIN,
} from './tracker-looks';
import { type DeferReason, deferReason } from './tracker-nudge';
import type { Activity, Screen, TrackerEvent, TrackerSettings, TrackerState } from './tracker-state';
import {
  effectiveTime,
  elapse,
  rebaseIfClockJumpedBack,
  resetSolitary,
  settle,
  startSession,
} from './tracker-time';

export { CALL_CONNECTION_MIN, WATCH_CAP_MIN, WATCH_GRACE_MIN } from './tracker-looks';
export type { DeferReason } from './tracker-nudge';
export type {
  Activity,
  Presence,
  Screen,
  TrackerEvent,
  TrackerSettings,
  TrackerState,
} from './tracker-state';
export { initialTrackerState, parseTrackerState } from './tracker-state';

/** What the surfaces need to know at one moment. */
export interface TrackerView {
  /** Active ms since the last connection moment in this session. */
  solitaryMs: number;
  /** Active ms in this session (idle spans excluded). */
  sessionActiveMs: number;
  paused: boolean;
  /** When the pause ends; null when not paused. */
  pausedUntil: number | null;
  /** When the snooze ends; null when not snoozed. */
  snoozedUntil: number | null;
  nudgeDue: boolean;
  /** Why no nudge is due; null exactly when `nudgeDue`. */
  deferredBy: DeferReason | null;
  /** No session (after a natural break) or not counting right now (idle, locked). */
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
  const aged = age(state, event, settings, minuteMs);
  return apply(aged.state, event, aged.t, minuteMs, aged.lastSeen);
}

/**
 * What the mere passage of time up to `event` does to `state` (breaks, expiries, a clock that
 * jumped back), before the event itself is applied; `t` is the event's effective time.
 */
function age(
  state: TrackerState,
  event: TrackerEvent,
  settings: TrackerSettings,
  minuteMs: number,
): { state: TrackerState; t: number; lastSeen: number } {
  const breakMs = settings.breakMin * minuteMs;
  const base = rebaseIfClockJumpedBack(state, event.at, breakMs);
  const t = effectiveTime(base, event.at);
  const stale = event.type === 'startup' ? (event.staleMs ?? 0) : 0;
  return {
    state: elapse(
      base,
      t,
      base.lastAliveAt,
      breakMs,
      silenceSlack(minuteMs) + stale,
      WATCH_CAP_MIN * minuteMs,
    ),
    t,
    lastSeen: base.lastAliveAt,
  };
}

/**
 * How much longer than the break a silence must last to be one: the alarm ticks once a minute, so
 * a minute between two events is how the worker normally lives, not a sign of sleep. Only
 * `lastAliveAt` (the last event really handled) proves the browser was alive: an alarm's due time
 * doesn't, since the firing that rescheduled it may have been lost with its worker.
 */
function silenceSlack(minuteMs: number): number {
  return minuteMs;
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
      return look(
        event.state === 'idle' && event.watching && s.activity === 'active'
          ? startWatching(s, t)
          : changeActivity(s, event.state, t, minuteMs),
        event,
        t,
        minuteMs,
      );
    case 'connected':
    case 'not-alone':
      return { ...resetSolitary(s, t), unanswered: 0 };
    case 'snooze': {
      const until = keepLength(event.until, event.at, t);
      return { ...s, snoozedUntil: until > t ? until : null };
    }
    case 'pause': {
      const until = keepLength(event.until, event.at, t);
      return { ...s, pausedUntil: until > t ? until : null };
    }
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
      return withScreen(s, event);
    case 'tick': {
      const awake =
        event.scheduledAt === undefined ? s : skipLateness(s, event.scheduledAt, t, minuteMs, lastSeen);
      return look(awake, event, t, minuteMs);
    }
    case 'startup':
      // The session survived the restart, but nothing was observed while the browser was gone:
      // that gap is not counted.
      return s.activeSince !== null && s.activeSince <= lastSeen
        ? { ...settle(s, lastSeen), activeSince: t }
        : s;
  }
}

/**
 * An alarm that fires late says the machine was asleep (lid closed, suspended) from when it was due:
 * a short sleep pauses the session like a short idle span, so that time is not counted. Lateness
 * under half a minute is the alarm's ordinary jitter. (A sleep longer than the break never gets here
 * running: `elapse` has already ended the session.)
 */
function skipLateness(
  s: TrackerState,
  scheduledAt: number,
  t: number,
  minuteMs: number,
  lastSeen: number,
): TrackerState {
  if (s.activeSince === null || !Number.isFinite(scheduledAt)) return s;
  const asleepFrom = Math.max(scheduledAt, lastSeen, s.activeSince);
  return t - asleepFrom < minuteMs / 2 ? s : { ...settle(s, asleepFrom), activeSince: t };
}

/**
 * A snooze or pause asked for at `at` lasts as long as the person chose, even when `at` lies
 * behind the latest time seen (a clock set back a little): it is measured from `t` instead.
 */
function keepLength(until: number, at: number, t: number): number {
  return Number.isFinite(at) && at < t ? until + (t - at) : until;
}

/** What a look at the tabs found: the screen and watching first (they decide what is counted), then calls. */
function look(
  s: TrackerState,
  event: { watching?: boolean; screen?: Screen; call?: CallSample },
  t: number,
  minuteMs: number,
): TrackerState {
  const seen = event.screen ? withScreen(s, event.screen) : s;
  return lookForCalls(lookForWatching(seen, event.watching, t, minuteMs), event.call, t, minuteMs);
}

function withScreen(s: TrackerState, { focused, fullscreenWithSound }: Screen): TrackerState {
  return s.focused === focused && s.fullscreenWithSound === fullscreenWithSound
    ? s
    : { ...s, focused, fullscreenWithSound };
}

function changeActivity(s: TrackerState, to: Activity, t: number, minuteMs: number): TrackerState {
  if (s.activity === 'watching') {
    // Input again: the counted stretch simply goes on. `idle` is what watching already is.
    if (to === 'active') return { ...s, activity: 'active', watchingSince: null, seenWatchingAt: null };
    if (to === 'idle') return s;
    return {
      ...settle(s, t),
      activity: to,
      activeSince: null,
      idleSince: t,
      watchingSince: null,
      seenWatchingAt: null,
    };
  }
  if (s.activity === to) return s;
  const next = changeIdleState(s, to, t);
  // Input just stopped: a look in the next minutes may still find the person watching.
  const chance = s.activity === 'active' && to === 'idle' && next.sessionStartedAt !== null;
  return { ...next, watchChanceUntil: chance ? t + WATCH_GRACE_MIN * minuteMs : null };
}

function changeIdleState(s: TrackerState, to: Activity, t: number): TrackerState {
  if (to === 'active') {
    return s.sessionStartedAt === null
      ? startSession(s, t)
      : { ...s, activity: 'active', activeSince: t, idleSince: null };
  }
  // idle <-> locked is one continuous absence: keep when it began.
  if (s.activity !== 'active') return { ...s, activity: to };
  return { ...settle(s, t), activity: to, activeSince: null, idleSince: t };
}

/**
 * Whether `event` ends a call long enough to be a connection moment. True also when the person
 * was idle during the call (listening, camera off) and the idle span ended the session meanwhile;
 * false when a silence (the machine slept, the browser closed) cut the call short, since nobody
 * can tell how long it really went on.
 */
export function endsConnectingCall(
  state: TrackerState,
  event: TrackerEvent,
  settings: TrackerSettings,
  minuteMs: number,
): boolean {
  if ((event.type !== 'tick' && event.type !== 'activity') || event.call === undefined) return false;
  const { state: aged, t } = age(state, event, settings, minuteMs);
  return callAfterLook(aged, event.call, t, minuteMs).ended?.connecting === true;
}

/**
 * Up to when the stretch before `event` (handled at `now`) is known to have been lived. A late
 * alarm says the machine slept from its due time: the stretch before it is the one last seen
 * (`lastAliveAt`; `skipLateness` or the break decide what the sleep adds), so a short sleep is never
 * part of the day's longest stretch. An alarm on time (jitter under half a minute) or any other
 * event: `now`.
 */
export function livedUntil(state: TrackerState, event: TrackerEvent, now: number, minuteMs: number): number {
  if (event.type !== 'tick' || event.scheduledAt === undefined || !Number.isFinite(event.scheduledAt))
    return now;
  return now - event.scheduledAt < minuteMs / 2 ? now : Math.min(now, state.lastAliveAt);
}

/**
 * Whether `event` acts on a pending nudge: the person reached out (or was not alone after all)
 * while the nudge of this session still stood. Judged after the time up to the event has passed,
 * so a nudge whose session a break has since ended is no longer pending (one moment, counted once).
 */
export function actsOnNudge(
  state: TrackerState,
  event: TrackerEvent,
  settings: TrackerSettings,
  minuteMs: number,
): boolean {
  if (event.type !== 'connected' && event.type !== 'not-alone') return false;
  return age(state, event, settings, minuteMs).state.lastNudgeAt !== null;
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
  const { state: s, t } = age(state, { type: 'tick', at: now }, settings, minuteMs);
  const run = s.activeSince === null ? 0 : t - s.activeSince;
  const solitaryMs = s.solitaryMs + run;
  const deferredBy = deferReason(s, settings, { t, solitaryMs, minuteMs, localMinuteOfDay, todayKey });
  return {
    solitaryMs,
    sessionActiveMs: s.sessionActiveMs + run,
    paused: s.pausedUntil !== null,
    pausedUntil: s.pausedUntil,
    snoozedUntil: s.snoozedUntil,
    nudgeDue: deferredBy === null,
    deferredBy,
    away: s.activeSince === null,
    inCall: s.callSince !== null,
  };
}

/** Fields every look may move; the live state carries them, a snapshot needn't be written for them. */
const LIVE_ONLY = new Set<keyof TrackerState>(['lastAliveAt', 'seenWatchingAt', 'callHeardAt']);

/**
 * Whether `next` differs from `prev` in anything but `lastAliveAt` (and the last sightings) — i.e. a transition the glue
 * must persist (activity, session start/end, reset, snooze/pause, nudge, call, focus). A plain
 * tick only moves `lastAliveAt`, and the running stretch needs no saving because it is derived
 * from `activeSince`.
 */
export function isMeaningfulChange(prev: TrackerState, next: TrackerState): boolean {
  if (prev === next) return false;
  for (const key of Object.keys(next) as (keyof TrackerState)[]) {
    if (!LIVE_ONLY.has(key) && prev[key] !== next[key]) return true;
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

/**
 * The solitary time the state had reached at the last event handled (`lastAliveAt`), whatever
 * happened after it: the stretch a closed lid or a quit cut off, as long as it really went.
 */
export function solitaryAtLastSight(s: TrackerState): number {
  return s.solitaryMs + (s.activeSince === null ? 0 : Math.max(0, s.lastAliveAt - s.activeSince));
}
