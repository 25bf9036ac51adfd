/**
 * What a look at the browser's tabs tells the tracker: whether the person is watching (idle, but the
 * front tab plays sound or the window is fullscreen) and whether a call is on. The background looks
 * on every tick and idle change; these rules turn those samples into spans, with precision before
 * recall: a false "you've been alone" costs more than a missed film.
 */
import type { CallSample } from '../calls/call-places';
import type { TrackerState } from './tracker-state';
import { NO_CALL_STATE, resetSolitary, stopWatching } from './tracker-time';

/** Watching without any input stops counting after this many configured minutes. */
export const WATCH_CAP_MIN = 180;
/**
 * A look that misses watching ends it only once the last sighting is this old (a quiet scene is
 * not the end of a film); a sighting this soon after input stopped still counts as watching.
 */
export const WATCH_GRACE_MIN = 2;
/** A call goes on while it was heard within this many configured minutes. */
export const CALL_QUIET_MIN = 5;
/** On a site without meeting addresses, sound heard by two looks this far apart is a call. */
export const SUSTAINED_SOUND_MIN = 1;
/** A call at least this many configured minutes long is a connection moment. */
export const CALL_CONNECTION_MIN = 2;

/**
 * Applies a look for watching: `undefined` means nobody looked. While watching, a sighting moves the
 * last one on, and a look without it ends watching only once the last sighting is `WATCH_GRACE_MIN`
 * old, at that sighting. Just after input stopped (`watchChanceUntil`), a sighting undoes the idle
 * span: the person was watching all along. Never later: sound that starts once someone has been
 * idle for a while may have started after they walked away.
 */
export function lookForWatching(
  s: TrackerState,
  watching: boolean | undefined,
  t: number,
  minuteMs: number,
): TrackerState {
  if (watching === undefined) return s;
  if (s.activity === 'watching') {
    if (watching) return { ...s, seenWatchingAt: t };
    const seen = s.seenWatchingAt ?? s.watchingSince ?? t;
    return t - seen >= WATCH_GRACE_MIN * minuteMs ? stopWatching(s, seen) : s;
  }
  const chance = s.watchChanceUntil !== null && t <= s.watchChanceUntil;
  if (!watching || !chance || s.activity !== 'idle' || s.idleSince === null || s.sessionStartedAt === null) {
    return s;
  }
  return {
    ...s,
    activity: 'watching',
    activeSince: s.idleSince,
    idleSince: null,
    watchingSince: s.idleSince,
    seenWatchingAt: t,
    watchChanceUntil: null,
  };
}

/** The person went idle while watching: the counted stretch goes on. */
export function startWatching(s: TrackerState, t: number): TrackerState {
  if (s.activity !== 'active' || s.activeSince === null) return s;
  return { ...s, activity: 'watching', watchingSince: t, seenWatchingAt: t, watchChanceUntil: null };
}

/** How a look at the call sites changes the call, and whether it ended one (and when). */
export function callAfterLook(
  s: TrackerState,
  c: CallSample,
  t: number,
  minuteMs: number,
): { state: TrackerState; ended: { at: number; connecting: boolean } | null } {
  const heard = c.meetingHeard || c.voiceHeard;
  if (s.callSince === null) {
    if (c.meetingHeard) {
      return {
        state: { ...s, callSince: t, callHeardAt: t, callMeeting: true, soundSince: null },
        ended: null,
      };
    }
    if (!c.voiceHeard) return { state: s.soundSince === null ? s : { ...s, soundSince: null }, ended: null };
    if (s.soundSince === null || s.soundSince > t) return { state: { ...s, soundSince: t }, ended: null };
    if (t - s.soundSince < SUSTAINED_SOUND_MIN * minuteMs) return { state: s, ended: null };
    return {
      state: { ...s, callSince: s.soundSince, callHeardAt: t, callMeeting: false, soundSince: null },
      ended: null,
    };
  }
  const lastHeard = s.callHeardAt ?? s.callSince;
  let end: number | null = null;
  if (s.callMeeting && !c.meetingOpen && !c.voiceHeard) end = t;
  else if (!heard && t - lastHeard >= CALL_QUIET_MIN * minuteMs) end = lastHeard;
  if (end === null) {
    if (!heard) return { state: s, ended: null };
    // The meeting tab has left, but another call service still carries the call: from now on it
    // ends as such a call does, at its last sound once it has been quiet long enough.
    const carried = s.callMeeting && !c.meetingOpen;
    return { state: { ...s, callHeardAt: t, ...(carried && { callMeeting: false }) }, ended: null };
  }
  const connecting = end - s.callSince >= CALL_CONNECTION_MIN * minuteMs;
  return {
    // A connection moment, like reaching out: the nudges ignored before it no longer lengthen the wait.
    state: { ...(connecting ? { ...resetSolitary(s, end), unanswered: 0 } : s), ...NO_CALL_STATE },
    ended: { at: end, connecting },
  };
}

/** Applies a look at the call sites: `undefined` means nobody looked. */
export function lookForCalls(
  s: TrackerState,
  c: CallSample | undefined,
  t: number,
  minuteMs: number,
): TrackerState {
  return c === undefined ? s : callAfterLook(s, c, t, minuteMs).state;
}
