/**
 * The decision log: what the tracker noticed and why a nudge opened or waited, kept as data (the
 * options page words it in the person's language) in a ring of the last `LOG_SIZE` entries. Pure:
 * the background derives entries from two consecutive states and the event between them
 * (`decisionsFor`) and appends them (`appendDecisions`); nothing here reads a clock or storage.
 * It never leaves the browser: it answers "why did (or didn't) Attune nudge?" for the person.
 */
import type { CallSample } from '../calls/call-places';
import { WATCH_CAP_MIN } from './tracker-looks';
import { repeatWaitMs } from './tracker-nudge';
import type { TrackerEvent, TrackerSettings, TrackerState } from './tracker-state';

/** Entries kept; the oldest goes first. */
export const LOG_SIZE = 200;

/** What happened. `detail` and `until` (below) say more for some of them. */
export const DECISION_KINDS = [
  /** The browser started (the session was restored from the last snapshot). */
  'start',
  /** Idle, but the front tab plays sound (or is fullscreen): still counted. */
  'watching',
  /** Watching stopped counting; `detail`: `unseen` (nothing played for a while) or `cap` (hours without input). */
  'watching-end',
  'idle',
  'locked',
  /** Input again after idle, locked or watching. */
  'back',
  /** An idle span (or a silence) as long as the break ended the session. */
  'break',
  /** `detail`: the host heard, when known. */
  'call-on',
  /** `detail`: `connecting` (long enough to be a connection moment) or `short`. */
  'call-off',
  'connected',
  'not-alone',
  /** "Not now" on a nudge: the wait before the next one restarts, and grows. */
  'not-now',
  /** "Less often": `detail` the new threshold in minutes. */
  'less-often',
  /** A nudge opened; `detail`: `popup`, `window` (the popup could not open), `notification`, `badge`, `person` (they opened Attune as it came due). */
  'nudge',
  /** A due nudge waited; `detail`: a `DeferReason`, `attune-page` or `typing` (input had not rested); `until` when known. */
  'deferred',
  /** A nudge waited for the input to rest for minutes, so Attune knocked without taking focus (the badge, a notification). */
  'knock',
  /** `until`: when it ends. */
  'snooze',
  'pause',
  'resume',
] as const;

export type DecisionKind = (typeof DECISION_KINDS)[number];

/** One line of the log. */
export interface Decision {
  /** When (ms epoch). */
  at: number;
  what: DecisionKind;
  /** A token (never a sentence), see `DECISION_KINDS`. */
  detail?: string;
  /** When the state it reports ends (ms epoch), e.g. quiet hours or a snooze. */
  until?: number;
}

/** A state and what the tracker's view of it said about the nudge. */
export interface Moment {
  state: TrackerState;
  view: { deferredBy: string | null };
}

/** What `decisionsFor` needs besides the two moments. */
export interface DecisionContext {
  settings: TrackerSettings;
  minuteMs: number;
  /** When the quiet hours holding now end (ms epoch); null outside them. */
  quietUntil: number | null;
  /** The event ended a call long enough to be a connection moment. */
  callConnected: boolean;
}

/** Reasons that mean "no nudge to speak of", not "a nudge waited". */
const NOT_DUE = new Set(['away', 'below-threshold']);

/**
 * The entries the step from `before` to `after` through `event` makes. A deferral is proposed on
 * every step while one holds; `appendDecisions` keeps it only when the reason changed, so a quiet
 * night is one line. Nudges shown are told by the glue (it alone knows how they opened).
 */
export function decisionsFor(
  before: Moment,
  after: Moment,
  event: TrackerEvent,
  ctx: DecisionContext,
): Decision[] {
  const at = event.at;
  const out: Decision[] = [];
  const add = (what: DecisionKind, detail?: string, until?: number | null) =>
    out.push({ at, what, ...(detail && { detail }), ...(until != null && { until }) });
  const a = before.state;
  const b = after.state;

  if (event.type === 'startup') add('start');
  const broke = a.sessionStartedAt !== null && b.sessionStartedAt !== a.sessionStartedAt;
  // In the order they happened: a break is seen on coming back, but after watching ended.
  if (broke && b.activity === 'active') add('break');
  if (a.activity !== b.activity) {
    if (b.activity === 'watching') add('watching');
    else if (a.activity === 'watching' && b.activity === 'idle') {
      const capMs = WATCH_CAP_MIN * ctx.minuteMs;
      const capped = b.idleSince !== null && b.idleSince - (a.watchingSince ?? b.idleSince) >= capMs;
      add('watching-end', capped ? 'cap' : 'unseen');
    } else if (b.activity === 'active') add('back');
    else add(b.activity);
  }
  if (broke && b.activity !== 'active') add('break');
  if (a.callSince === null && b.callSince !== null) add('call-on', heardHost(event));
  if (a.callSince !== null && b.callSince === null)
    add('call-off', ctx.callConnected ? 'connecting' : 'short');
  if (event.type === 'connected' || event.type === 'not-alone' || event.type === 'resume') add(event.type);
  if (event.type === 'snooze' && b.snoozedUntil !== null) add('snooze', undefined, b.snoozedUntil);
  if (event.type === 'pause' && b.pausedUntil !== null) add('pause', undefined, b.pausedUntil);

  const reason = after.view.deferredBy;
  if (reason !== null && !NOT_DUE.has(reason)) add('deferred', reason, until(reason, b, ctx));
  return out;
}

function heardHost(event: TrackerEvent): string | undefined {
  const call = 'call' in event ? (event.call as CallSample | undefined) : undefined;
  return call?.heardHost;
}

function until(reason: string, s: TrackerState, ctx: DecisionContext): number | null {
  if (reason === 'quiet-hours') return ctx.quietUntil;
  if (reason === 'snoozed') return s.snoozedUntil;
  if (reason === 'paused') return s.pausedUntil;
  if (reason === 'repeat-wait' && s.lastNudgeAt !== null) {
    return s.lastNudgeAt + repeatWaitMs(s, ctx.settings, ctx.minuteMs);
  }
  return null;
}

/**
 * The reason the nudge is waiting for as far as the log already says, or null when no wait is
 * open: a break, a connection or resuming closes one; snoozing, pausing or a nudge (the wait before
 * the next) opens one.
 */
function openDeferral(log: readonly Decision[]): string | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const { what, detail } = log[i] as Decision;
    if (what === 'deferred') return detail ?? null;
    // Right after a nudge, waiting before the next one goes without saying.
    if (what === 'nudge') return 'repeat-wait';
    if (what === 'snooze') return 'snoozed';
    if (what === 'pause') return 'paused';
    if (
      what === 'break' ||
      what === 'connected' ||
      what === 'not-alone' ||
      what === 'resume' ||
      what === 'start' ||
      (what === 'call-off' && detail === 'connecting')
    ) {
      return null;
    }
  }
  return null;
}

/**
 * `log` with `entries` added, the last `LOG_SIZE` kept. A deferral for the reason the log already
 * shows as open is dropped. Returns `log` itself when nothing was added (callers compare).
 */
export function appendDecisions(log: readonly Decision[], entries: readonly Decision[]): readonly Decision[] {
  let next = log;
  for (const entry of entries) {
    if (entry.what === 'deferred' && openDeferral(next) === (entry.detail ?? null)) continue;
    next = [...next, entry];
  }
  return next.length > LOG_SIZE ? next.slice(next.length - LOG_SIZE) : next;
}

/** The last moment a `Date` can hold (ECMA-262 TimeClip); any later one throws when formatted. */
const LAST_DATE_MS = 8.64e15;

/** Whether `t` is a time the log can show: from 1970 to the last moment a `Date` holds. */
function isLogTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= LAST_DATE_MS;
}

/**
 * Whether `raw` is an entry whose `at` or `until` is a number but no date the log can show
 * (`1e16`, `-1`): a backup naming it gets a reason of its own, not "this part isn't valid".
 */
export function hasDateOutOfRange(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { at, until } = raw as Record<string, unknown>;
  return [at, until].some((t) => typeof t === 'number' && !isLogTime(t));
}

/** Whether `raw` is one well-formed entry (`kinds`: the known ones, or any name). */
function isDecision(raw: unknown, kinds?: ReadonlySet<string>): raw is Decision {
  if (typeof raw !== 'object' || raw === null) return false;
  const d = raw as Record<string, unknown>;
  return (
    isLogTime(d.at) &&
    typeof d.what === 'string' &&
    (!kinds || kinds.has(d.what)) &&
    (d.detail === undefined || typeof d.detail === 'string') &&
    (d.until === undefined || isLogTime(d.until))
  );
}

/**
 * Reads a stored log: not a list means none; damaged entries are dropped, the rest kept (at most
 * the newest `LOG_SIZE`). Only the background writes it, so entries are trusted beyond their shape;
 * the page says nothing for a kind it doesn't know.
 */
export function parseDecisionLog(raw: unknown): Decision[] {
  return Array.isArray(raw) ? raw.filter((d) => isDecision(d)).slice(-LOG_SIZE) : [];
}

/** Whether a backup's log is well formed (strict: every entry of a known kind, at most `LOG_SIZE`). */
export function isDecisionLog(raw: unknown): raw is Decision[] {
  const kinds = new Set<string>(DECISION_KINDS);
  return Array.isArray(raw) && raw.length <= LOG_SIZE && raw.every((d) => isDecision(d, kinds));
}

/**
 * Of the copy saved with the last snapshot and the live one (kept with the live state, written at
 * every event), the one that goes further: normally the live one, which has lines the disk has not
 * got yet; the saved one when the live one is gone (the browser restarted) or was cleared (an
 * import or a reset replaced the log). A live copy that holds the saved one's last line goes on
 * from it, even when its new lines are timed earlier (the clock was set back since).
 */
export function newerLog(saved: readonly Decision[], live: readonly Decision[]): readonly Decision[] {
  if (live.length === 0) return saved;
  const last = saved.at(-1);
  if (last === undefined) return live;
  const goesOn = live.some((d) => d.at === last.at && d.what === last.what && d.detail === last.detail);
  return goesOn || (live.at(-1)?.at ?? -1) >= last.at ? live : saved;
}
