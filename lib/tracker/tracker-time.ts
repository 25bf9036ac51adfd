/**
 * How time passing changes the tracker: settling the running stretch, ending and starting
 * sessions, and the two kinds of natural break (a long idle span, a long silence).
 *
 * All functions take an *effective* time `t` that is already clamped to be no earlier than
 * `lastAliveAt`, so a clock that jumps backwards adds nothing and never yields negative time.
 */
import type { TrackerState } from './tracker-state';

/** The effective time of something reported at `at`: never before the latest time seen. */
export function effectiveTime(state: TrackerState, at: number): number {
  return Number.isFinite(at) ? Math.max(at, state.lastAliveAt) : state.lastAliveAt;
}

/** Moves the running active stretch up to `t` into the accumulators and restarts it at `t`. */
export function settle(state: TrackerState, t: number): TrackerState {
  if (state.activeSince === null) return state;
  const run = Math.max(0, t - state.activeSince);
  return {
    ...state,
    activeSince: t,
    sessionActiveMs: state.sessionActiveMs + run,
    solitaryMs: state.solitaryMs + run,
    activeTotalMs: state.activeTotalMs + run,
  };
}

/** Ends the session at `endAt`: nothing after it counts, and the next session starts from zero. */
export function endSession(state: TrackerState, endAt: number): TrackerState {
  return {
    ...settle(state, endAt),
    sessionStartedAt: null,
    activeSince: null,
    sessionActiveMs: 0,
    solitaryMs: 0,
    // A nudge ignored in a session that has since ended is no longer "pending".
    lastNudgeAt: null,
  };
}

/** No call, and no sound on its way to becoming one. */
export const NO_CALL_STATE = {
  callSince: null,
  callHeardAt: null,
  callMeeting: false,
  soundSince: null,
} as const satisfies Partial<TrackerState>;

/**
 * Watching ends at `at` (the last look that saw it, or the cap): what was counted after it is taken
 * back, and the idle span it stood in for starts there.
 */
export function stopWatching(state: TrackerState, at: number): TrackerState {
  if (state.activity !== 'watching') return state;
  const end = state.activeSince === null ? at : Math.max(at, state.activeSince);
  return {
    ...settle(state, end),
    activity: 'idle',
    activeSince: null,
    idleSince: end,
    watchingSince: null,
    seenWatchingAt: null,
    watchChanceUntil: null,
  };
}

/** Starts a fresh, active session at `t` with no solitary time. */
export function startSession(state: TrackerState, t: number): TrackerState {
  return {
    ...state,
    activity: 'active',
    sessionStartedAt: t,
    activeSince: t,
    idleSince: null,
    sessionActiveMs: 0,
    solitaryMs: 0,
    lastNudgeAt: null,
  };
}

/**
 * A connection moment: solitary time restarts at zero at `t`, the session goes on. `t` may lie
 * before the running stretch's start (a call that ended at its last sound): then what was counted
 * is simply dropped.
 */
export function resetSolitary(state: TrackerState, t: number): TrackerState {
  const settled = state.activeSince !== null && t < state.activeSince ? state : settle(state, t);
  return { ...settled, solitaryMs: 0, lastNudgeAt: null };
}

/**
 * Applies what the mere passage of time to `t` implies, before the event itself is handled:
 *
 * - **Silence**: if nothing was heard for longer than the break (`t - silentSince > breakMs`, plus
 *   `toleranceMs` when the last time heard may itself be that stale), the
 *   browser was closed or the machine slept. The session ends at `lastAliveAt` — the last moment
 *   we have evidence of — so a silence never adds time. If the person was active when we lost
 *   them, a new session starts at `t` (the idle API will correct us if they are not). A call
 *   cannot have survived that, so it is forgotten.
 * - **Long idle**: an idle/locked span that has reached the break length ends the session where
 *   the span began (idle time was never counted anyway) — once the chance that a look finds the
 *   person watching since input stopped has passed (a break of 1 minute waits for it).
 * - Snooze and pause that have run out are cleared, so the snapshot says what is true.
 */
export function elapse(
  state: TrackerState,
  t: number,
  silentSince: number,
  breakMs: number,
  toleranceMs: number,
  capMs: number,
): TrackerState {
  let next = state;
  const silent = t - silentSince > breakMs + Math.max(0, toleranceMs);
  if (silent) {
    // Nobody can have watched through a silence: that was the machine asleep or the browser closed.
    if (next.activity === 'watching') next = { ...stopWatching(next, next.lastAliveAt), idleSince: t };
    next = { ...next, ...NO_CALL_STATE };
    if (next.sessionStartedAt !== null) {
      next = endSession(next, next.lastAliveAt);
      if (next.activity === 'active') next = startSession(next, t);
    }
  }
  if (next.watchingSince !== null && t - next.watchingSince >= capMs) {
    next = stopWatching(next, next.watchingSince + capMs);
  }
  // While a look may still find the person watching since input stopped, the idle span is not yet
  // a break, even with a break length shorter than that chance: watching is never a break.
  const chance = next.watchChanceUntil !== null && t <= next.watchChanceUntil;
  if (next.sessionStartedAt !== null && next.idleSince !== null && t - next.idleSince >= breakMs && !chance) {
    next = endSession(next, next.idleSince);
  }
  if (next.snoozedUntil !== null && next.snoozedUntil <= t) next = { ...next, snoozedUntil: null };
  if (next.pausedUntil !== null && next.pausedUntil <= t) next = { ...next, pausedUntil: null };
  return next.lastAliveAt === t ? next : { ...next, lastAliveAt: t };
}

/**
 * The wall clock was set back by more than the break (a dual-boot hardware clock, a manual fix):
 * nothing is known about the time between, so it is a break, and time is anchored on the new clock
 * again instead of waiting, frozen, until it catches up with `lastAliveAt`. A snooze or pause keeps
 * the time it had left. Smaller jumps back are left to `effectiveTime`.
 */
export function rebaseIfClockJumpedBack(state: TrackerState, at: number, breakMs: number): TrackerState {
  if (!Number.isFinite(at) || state.lastAliveAt - at <= breakMs) return state;
  const shift = at - state.lastAliveAt;
  const stopped = stopWatching(state, state.lastAliveAt);
  const ended = stopped.sessionStartedAt === null ? stopped : endSession(stopped, stopped.lastAliveAt);
  const moved = (ms: number | null) => (ms === null ? null : ms + shift);
  const rebased: TrackerState = {
    ...ended,
    lastAliveAt: at,
    ...NO_CALL_STATE,
    lastNudgeAt: null,
    snoozedUntil: moved(ended.snoozedUntil),
    pausedUntil: moved(ended.pausedUntil),
    idleSince: ended.activity === 'active' ? null : at,
  };
  return rebased.activity === 'active' ? startSession(rebased, at) : rebased;
}
