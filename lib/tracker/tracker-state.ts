/**
 * The tracker's serialisable snapshot: its type, its valibot schema and its starting value.
 *
 * Everything here is plain JSON (numbers, strings, booleans, nulls — never `undefined`), because
 * the background saves it to `storage.local` and restores it whenever the worker wakes. Durations
 * are never counted by ticks: a running stretch is a start timestamp (`activeSince`) plus
 * accumulated milliseconds settled at each transition, so a restored snapshot needs no catch-up.
 */
import type { CallSample } from '../calls/call-places';
import type { QuietWindow } from '../settings/quiet-hours';

/** What the browser's `idle` API reports. */
export type Activity = 'active' | 'idle' | 'locked';

/**
 * Where the person is, as the tracker understands it: the idle API's state, or `watching` — idle
 * (no input) while the front tab of the focused window plays sound or the window is fullscreen,
 * which goes on counting as screen time.
 */
export type Presence = Activity | 'watching';

/** The settings the tracker needs: the person's own settings (`lib/settings/settings.ts`) are one. */
export interface TrackerSettings {
  /** Nudge after this many solitary minutes (default 90, 15–480). */
  thresholdMin: number;
  /** An idle/locked span (or a gap with no events) this long ends a session (default 5, 1–60). */
  breakMin: number;
  /** An ignored nudge comes back after this many minutes (default 30, 10–240). */
  repeatMin: number;
  /** At most this many nudges per local day (default 6, 1–24). */
  dailyCap: number;
  /** Default 22:00–07:00, on; may wrap midnight; start == end means none. */
  quietHours: QuietWindow;
}

/** The focused window as a look found it: whether one has focus and plays fullscreen video with sound. */
export interface Screen {
  focused: boolean;
  fullscreenWithSound: boolean;
}

/** Something that happened, with the wall-clock time (ms epoch) it happened at. */
export type TrackerEvent =
  /** The idle API changed state; `watching`, `screen` and `call`: what a look at the tabs found then. */
  | { type: 'activity'; state: Activity; at: number; watching?: boolean; screen?: Screen; call?: CallSample }
  /**
   * An alarm tick; `scheduledAt` is when the alarm was due (lateness reveals sleep). `watching`:
   * whether the front tab of the focused window plays sound (or the window is fullscreen); `screen`:
   * focus and fullscreen video, for the nudge's manners; `call`: what the tabs of granted call sites
   * showed. Absent: nobody looked.
   */
  | {
      type: 'tick';
      at: number;
      scheduledAt?: number;
      watching?: boolean;
      screen?: Screen;
      call?: CallSample;
    }
  /** "I reached out": solitary time starts again from zero; the session goes on. */
  | { type: 'connected'; at: number }
  /**
   * The worker or browser started from the last saved snapshot. `staleMs`: how old that snapshot
   * may be (the glue saves plain ticks only as a periodic heartbeat), so a restart shorter than the
   * break plus that much keeps the session; the unobserved gap is never counted.
   */
  | { type: 'startup'; at: number; staleMs?: number }
  | { type: 'snooze'; until: number; at: number }
  | { type: 'pause'; until: number; at: number }
  | { type: 'resume'; at: number }
  /** The glue surfaced a nudge; `dayKey` is the local day ('YYYY-MM-DD') of `at`, for the cap. */
  | { type: 'nudge-shown'; at: number; dayKey: string }
  /** "Not now" or "Less often" on a nudge: the wait before the next one restarts, and grows. */
  | { type: 'nudge-dismissed'; at: number }
  /**
   * "I wasn't alone" (a desktop-app meeting, a colleague, a phone call): solitary time starts
   * again from zero, but no reach-out is counted.
   */
  | { type: 'not-alone'; at: number }
  | { type: 'context'; focused: boolean; fullscreenWithSound: boolean; at: number };

/** The tracker's whole memory. Invariants are listed with the schema's consistency check. */
export interface TrackerState {
  version: 1;
  /** Latest event time seen (monotonic max): the last moment we know the browser was alive. */
  lastAliveAt: number;
  activity: Presence;
  /** When the current screen session began; null while away after a natural break. */
  sessionStartedAt: number | null;
  /** Start of the running, counted stretch (active or watching); null while idle/locked or away. */
  activeSince: number | null;
  /** When the current idle/locked span began; null while active or watching. */
  idleSince: number | null;
  /** Active ms of this session settled so far (the running stretch comes on top). */
  sessionActiveMs: number;
  /** Active ms since the last connection moment, settled so far. */
  solitaryMs: number;
  /** Every active ms ever counted; never resets, so callers can diff two snapshots (stats). */
  activeTotalMs: number;
  /** When the last nudge was shown, until a connection moment or session end clears it. */
  lastNudgeAt: number | null;
  /** Local day the `nudgesOnDay` count belongs to. */
  nudgeDay: string | null;
  nudgesOnDay: number;
  /**
   * Nudges in a row, this day, that nobody answered (ignored or dismissed); the wait before the
   * next one grows with it. Back to zero on a connection moment or "I wasn't alone".
   */
  unanswered: number;
  snoozedUntil: number | null;
  pausedUntil: number | null;
  /** When the current call began; null when no call is on. */
  callSince: number | null;
  /** The last look that heard the call (it ends a few quiet minutes later, from then). */
  callHeardAt: number | null;
  /** The call began on a meeting address: leaving that address ends it at once. */
  callMeeting: boolean;
  /** Sound heard on a call site without meeting addresses, not yet long enough to be a call. */
  soundSince: number | null;
  /** When watching began (the idle change it replaced); null unless `activity` is `watching`. */
  watchingSince: number | null;
  /** The last look that saw watching. */
  seenWatchingAt: number | null;
  /**
   * Until when a look that sees watching still undoes the idle span that input just started (a quiet
   * scene at the very moment of the idle change is not the end of a film); null otherwise.
   */
  watchChanceUntil: number | null;
  focused: boolean;
  fullscreenWithSound: boolean;
}

/** The snapshot a brand-new install starts from: active, a session beginning `now`. */
export function initialTrackerState(now: number): TrackerState {
  return {
    version: 1,
    lastAliveAt: now,
    activity: 'active',
    sessionStartedAt: now,
    activeSince: now,
    idleSince: null,
    sessionActiveMs: 0,
    solitaryMs: 0,
    activeTotalMs: 0,
    lastNudgeAt: null,
    nudgeDay: null,
    nudgesOnDay: 0,
    unanswered: 0,
    snoozedUntil: null,
    pausedUntil: null,
    callSince: null,
    callHeardAt: null,
    callMeeting: false,
    soundSince: null,
    watchingSince: null,
    seenWatchingAt: null,
    watchChanceUntil: null,
    focused: true,
    fullscreenWithSound: false,
  };
}

/**
 * The invariants `step` keeps. A snapshot that breaks them was damaged or hand-edited; storage
 * should then start over from `initialTrackerState` rather than feed nonsense to the machine.
 */
function isConsistent(s: TrackerState): boolean {
  const inSession = s.sessionStartedAt !== null;
  const watching = s.activity === 'watching';
  const counting = (s.activity === 'active' || watching) && inSession;
  return (
    (s.activeSince !== null) === counting &&
    (s.idleSince !== null) === (s.activity === 'idle' || s.activity === 'locked') &&
    (s.watchingSince !== null) === watching &&
    (!watching || inSession) &&
    s.solitaryMs <= s.sessionActiveMs &&
    (inSession || (s.sessionActiveMs === 0 && s.solitaryMs === 0)) &&
    (s.activeSince === null || s.activeSince <= s.lastAliveAt) &&
    (s.sessionStartedAt === null || s.sessionStartedAt <= s.lastAliveAt)
  );
}

type Check = (value: unknown) => boolean;
const isTime: Check = (x) => typeof x === 'number' && Number.isFinite(x);
const isDuration: Check = (x) => isTime(x) && (x as number) >= 0;
const isCount: Check = (x) => Number.isInteger(x) && (x as number) >= 0;
const isBoolean: Check = (x) => typeof x === 'boolean';
const orNull =
  (check: Check): Check =>
  (x) =>
    x === null || check(x);
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Each field's check, and for fields added after the first snapshots, the value a snapshot without
 * it reads as. Plain code rather than a schema library: the background loads this on every wake.
 */
const FIELDS: { [K in keyof TrackerState]: readonly [Check] | readonly [Check, TrackerState[K]] } = {
  version: [(x) => x === 1],
  lastAliveAt: [isTime],
  activity: [(x) => x === 'active' || x === 'idle' || x === 'locked' || x === 'watching'],
  sessionStartedAt: [orNull(isTime)],
  activeSince: [orNull(isTime)],
  idleSince: [orNull(isTime)],
  sessionActiveMs: [isDuration],
  solitaryMs: [isDuration],
  activeTotalMs: [isDuration],
  lastNudgeAt: [orNull(isTime)],
  nudgeDay: [orNull((x) => typeof x === 'string' && DAY_KEY.test(x))],
  nudgesOnDay: [isCount],
  // Snapshots saved before backoff existed have none: nothing unanswered.
  unanswered: [isCount, 0],
  snoozedUntil: [orNull(isTime)],
  pausedUntil: [orNull(isTime)],
  callSince: [orNull(isTime)],
  // Snapshots saved before watching and call sounds were read have none of these.
  callHeardAt: [orNull(isTime), null],
  callMeeting: [isBoolean, false],
  soundSince: [orNull(isTime), null],
  watchingSince: [orNull(isTime), null],
  seenWatchingAt: [orNull(isTime), null],
  watchChanceUntil: [orNull(isTime), null],
  focused: [isBoolean],
  fullscreenWithSound: [isBoolean],
};

/**
 * Reads a restored snapshot: plain JSON with the right fields (unknown ones dropped) and consistent
 * invariants, or null when it is damaged (storage then starts over).
 */
export function parseTrackerState(raw: unknown): TrackerState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const source = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(FIELDS) as [string, readonly [Check, unknown?]][]) {
    const value = source[key];
    if (value === undefined && rule.length === 2) out[key] = rule[1];
    else if (rule[0](value)) out[key] = value;
    else return null;
  }
  const state = out as unknown as TrackerState;
  return isConsistent(state) ? state : null;
}
