/**
 * The tracker's browser glue: feeds events into the pure state machine, persists transitions,
 * keeps the tick alarm running only while the person is active (or in a call), and acts on what
 * follows (badge, stats, nudge).
 *
 * The worker may be stopped between any two events (Chromium stops it ~30 s after the last one), so
 * nothing lives only in memory: the live state goes to `storage.session` after every event (memory
 * only, cheap, kept while the worker sleeps), and a snapshot goes to `storage.local` on transitions
 * plus a heartbeat, for the next browser start.
 */
import { browser } from 'wxt/browser';
import { applyPending, notePending, type PendingStats } from '../../lib/history/pending-stats';
import { addSolitarySpan, type DayCount, localDayKey, type Stats } from '../../lib/history/stats';
import type { Settings } from '../../lib/settings/settings';
import {
  appendDecisions,
  type Decision,
  type DecisionKind,
  decisionsFor,
  newerLog,
} from '../../lib/tracker/decision-log';
import {
  actsOnNudge,
  countedSpan,
  endsConnectingCall,
  isMeaningfulChange,
  livedUntil,
  solitaryAtLastSight,
  step,
  type TrackerEvent,
  type TrackerState,
  type TrackerView,
  view,
} from '../../lib/tracker/tracker';
import { readSettings } from '../storage/storage';
import {
  clearSaveError,
  loadLive,
  loadTracker,
  type Pending,
  reportSaveError,
  saveLive,
  saveTracker,
  snapshotKey,
} from '../storage/tracker-store';
import { readIdleState } from './idle';
import { quietUntil } from './quiet-now';
import { MINUTE_MS } from './time-scale';

export const TICK_ALARM = 'attune-tick';
/**
 * One look, just before the chance runs out, after input stopped without a film in sight (a quiet
 * scene at that very moment): the tick alarm itself stops while the person is idle.
 */
export const WATCH_CHECK_ALARM = 'attune-watch-check';
/** One tick a configured minute (Chromium's unpacked builds accept sub-30 s periods in e2e). */
export const TICK_PERIOD_MIN = MINUTE_MS / 60_000;
/**
 * Without a transition, a heartbeat saves the snapshot to `storage.local` as soon as more than this
 * many configured minutes would otherwise be unsaved, so stats stay fresh and a browser restart
 * knows roughly when it was last seen (`startup`'s `staleMs`). Plain ticks only reach
 * `storage.session`, which a quit or a crash empties: what was counted since the last snapshot is
 * lost then, so this is what a quit may cost the history (issue 21: at most 5 minutes). With a tick
 * a minute that is a save every sixth tick — the minutes after the last tick are never counted
 * anyway, the session ends at the last event heard — so steady browsing writes 10 times an hour
 * (budget: 12, `npm run bench`). Ticks only run while a stretch can grow, so time away writes nothing.
 */
export const HEARTBEAT_MIN = 5;

/** Who brought the event: the person opening Attune themselves, or the browser (alarms, idle…). */
export type Origin = 'person' | 'browser';

export interface Outcome {
  state: TrackerState;
  view: TrackerView;
  settings: Settings;
  origin: Origin;
  /**
   * A nudge was due just before this event. When the event is the input coming to rest (idle), that
   * rest is the still moment the nudge was waiting for, though the idle time itself doesn't count.
   */
  dueBefore: boolean;
}

type Effect = (outcome: Outcome, event: TrackerEvent) => Promise<void>;

/**
 * The live state, the snapshot last saved (null: nothing valid saved yet), the counts not saved yet
 * (kept with the live state too, so a worker stopped before `persist` hands them on), and the
 * decision log (saved with the live state and with each snapshot).
 */
let cache: {
  tracker: TrackerState;
  saved: TrackerState | null;
  pending: PendingStats;
  log: readonly Decision[];
} | null = null;
let queue: Promise<unknown> = Promise.resolve();
const effects: Effect[] = [];

/** Registers what happens after every processed event (badge, nudge…). */
export function onOutcome(effect: Effect): void {
  effects.push(effect);
}

function localMinuteOfDay(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes();
}

/** The tracker's view at `now` for these settings. */
export function viewAt(state: TrackerState, settings: Settings, now: number): TrackerView {
  return view(state, settings, now, MINUTE_MS, localMinuteOfDay(now), localDayKey(now));
}

/**
 * Processes one event (made at the moment it is handled, so queued events keep their order and
 * time). Events are handled one at a time. `previous`: see `catchUp`.
 */
export function dispatch(
  makeEvent: (now: number) => TrackerEvent,
  origin: Origin = 'browser',
  previous?: Settings,
): Promise<Outcome> {
  return enqueue(() => handle(makeEvent, origin, previous));
}

/**
 * Runs `work` once everything queued before it is done: events, and the log changes and page writes
 * that must not interleave with their writes. A failure rejects this run only, never the next.
 */
function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Like `dispatch`, but resolves with the outcome as soon as the event is applied: the saves and
 * effects that follow still run, in order, before the next event is handled. For a page waiting on
 * the answer (the popup's status): it renders when the answer comes, and the badge, the alarm and
 * the writes are not its business. The worker stays alive well past them (an event keeps it awake
 * for half a minute).
 */
export function dispatchForAnswer(
  makeEvent: (now: number) => TrackerEvent,
  origin: Origin,
): Promise<Outcome> {
  let answer: (outcome: Outcome) => void = () => undefined;
  const answered = new Promise<Outcome>((resolve) => {
    answer = resolve;
  });
  const run = enqueue(() => handle(makeEvent, origin, undefined, undefined, answer));
  // A failure before the event is applied rejects; one after it (a write) has already been answered.
  return Promise.race([answered, run]);
}

/** A line for the decision log that only the glue knows (how a nudge opened, why it waited). */
export interface Note {
  what: DecisionKind;
  detail?: string;
}

/**
 * Handles an event at once, inside the event being handled now. Only for effects that must record
 * something before anything else can happen (the nudge being shown); `note` goes to the decision
 * log with it, in the same writes.
 */
export function dispatchNow(makeEvent: (now: number) => TrackerEvent, note?: Note): Promise<Outcome> {
  return handle(makeEvent, 'browser', undefined, note);
}

/**
 * Logs why a due nudge waited on the glue's side (an Attune page in front), from inside the event
 * being handled. Only a line the log doesn't show yet is added, and then saved with the live state
 * (`storage.session`, memory only) so a worker stopped before the next event doesn't lose it: once
 * per wait, never per tick.
 */
export function noteDeferral(detail: string): Promise<readonly Decision[]> {
  return noteDecision({ what: 'deferred', detail });
}

/**
 * Adds a line of the glue's own to the decision log (a knock, a nudge's window), saved like
 * `noteDeferral`'s, from inside the event being handled. Resolves with the log as it now stands.
 */
export function noteDecision(note: Note): Promise<readonly Decision[]> {
  return reviseLog((log) => appendDecisions(log, [{ at: Date.now(), ...note }]));
}

/**
 * Changes the decision log from outside any event (once a card opened, how it did): queued like an
 * event, so it cannot interleave with one's writes, and saved with the live state.
 */
export function reviseLogLater(revise: (log: readonly Decision[]) => readonly Decision[]): Promise<unknown> {
  return enqueue(() => reviseLog(revise));
}

/**
 * Logs an answer that is no tracker event of its own ("Not now", "Less often"), in turn with the
 * events, saved with the live state like `noteDeferral`; the next snapshot carries it to disk.
 */
export function noteAnswer(note: Note): Promise<unknown> {
  return enqueue(() => noteDecision(note));
}

/** Revises the worker's decision log and, when that changed it, saves it with the live state. */
async function reviseLog(
  revise: (log: readonly Decision[]) => readonly Decision[],
): Promise<readonly Decision[]> {
  if (!cache) return [];
  const log = revise(cache.log);
  if (log === cache.log) return log;
  cache.log = log;
  await saveLive(cache.tracker, log, pendingOf(cache));
  return log;
}

/** The unsaved counts as the live state carries them, tied to the snapshot they add to. */
function pendingOf(c: NonNullable<typeof cache>): Pending {
  return { base: snapshotKey(c.saved), days: c.pending };
}

/**
 * Brings the session up to now under settings that were in force until a moment ago, without acting
 * on it (no badge, no nudge): an idle span that reached the old break length was a break, even if
 * the break was raised while nobody was there to notice.
 */
export function catchUp(previous: Settings): Promise<Outcome> {
  return dispatch((at) => ({ type: 'tick', at }), 'browser', previous);
}

async function handle(
  makeEvent: (now: number) => TrackerEvent,
  origin: Origin,
  previous?: Settings,
  note?: Note,
  answer?: (outcome: Outcome) => void,
): Promise<Outcome> {
  const settings = previous ?? (await readSettings());
  const now = Date.now();
  const event = makeEvent(now);
  // An idle change that wakes the worker is the idle state itself, with its look at the tabs: read
  // on waking, the same state would be applied first, without the look (a film would be a break).
  if (!cache) cache = await wake(now, settings, event.type !== 'activity');
  const before = cache.tracker;
  const next = step(before, event, settings, MINUTE_MS);
  const day = localDayKey(event.at);
  const beforeView = viewAt(before, settings, now);
  const nextView = viewAt(next, settings, now);
  // The stretch just before a reset is the one that may be the day's longest, up to when it was lived
  // (a late tick's sleep is not). It is read at the last moment the worker saw it too (on that
  // moment's day): after a closed lid, `beforeView` has already ended the session.
  const livedAt = livedUntil(before, event, now, MINUTE_MS);
  const livedMin = Math.floor(viewAt(before, settings, livedAt).solitaryMs / MINUTE_MS);
  const peakMin = Math.floor(nextView.solitaryMs / MINUTE_MS);
  const lastSeenMin = Math.floor(solitaryAtLastSight(before) / MINUTE_MS);
  const callConnected = endsConnectingCall(before, event, settings, MINUTE_MS);
  const counts: DayCount[] = [];
  if (event.type === 'connected' || callConnected) counts.push('connections');
  if (event.type === 'nudge-shown') counts.push('nudges');
  // Reaching out (or not being alone after all) while a nudge is still pending is acting on it.
  if (actsOnNudge(before, event, settings, MINUTE_MS)) counts.push('actedOn');
  const unsaved = cache.pending;
  // Each stretch on the day it was lived: a late tick after midnight doesn't carry the evening's.
  const seen = notePending(cache.pending, localDayKey(before.lastAliveAt), [], lastSeenMin);
  cache.pending = notePending(notePending(seen, localDayKey(livedAt), [], livedMin), day, counts, peakMin);
  cache.tracker = next;
  const entries = decisionsFor(
    { state: before, view: beforeView },
    { state: next, view: nextView },
    event,
    decisionContext(settings, now, callConnected),
  );
  cache.log = appendDecisions(cache.log, note ? [{ at: event.at, ...note }, ...entries] : entries);
  const outcome = { state: next, view: nextView, settings, origin, dueBefore: beforeView.nudgeDue };
  answer?.(outcome);

  // Cheapest and most vital first: the worker may be stopped at any await from here on.
  await syncAlarm(next, now, settings.countWatching);
  // A connection is saved at once. When that save writes the very snapshot already stored (nothing
  // else changed), the next worker could not tell it happened: its counts go to disk only, never to
  // the live copy too, or a worker stopped between the two writes would have them counted twice.
  const sameSnapshot = event.type === 'connected' && snapshotKey(next) === snapshotKey(cache.saved);
  await saveLive(next, cache.log, pendingOf(sameSnapshot ? { ...cache, pending: unsaved } : cache));
  if (needsSave(cache.saved, next) || event.type === 'connected') await persist(now);
  if (!previous) for (const effect of effects) await effect(outcome, event);
  return outcome;
}

/**
 * A cold worker (woken by anything: an alarm, the popup, a settings change, an idle change…)
 * resumes from the live state the last worker left in `storage.session` — or, when there is none
 * because the browser or Attune itself just (re)started, from the `storage.local` snapshot, which
 * may be one heartbeat old. Then it asks the browser for the real idle state (unless an idle change
 * woke it): an event may have been lost with the last worker, and after a restart Chromium reports
 * only changes.
 */
async function wake(now: number, settings: Settings, readIdle: boolean): Promise<NonNullable<typeof cache>> {
  const [{ tracker: saved, fresh, log: savedLog }, { live, log: liveLog, pending }] = await Promise.all([
    loadTracker(now),
    loadLive(),
  ]);
  // The live log may hold lines the disk has not got yet; with no snapshot (a reset), it doesn't count.
  let log = fresh ? savedLog : newerLog(savedLog, liveLog);
  const logStep = (from: TrackerState, event: TrackerEvent): TrackerState => {
    const to = step(from, event, settings, MINUTE_MS);
    const moment = (state: TrackerState) => ({ state, view: viewAt(state, settings, now) });
    const entries = decisionsFor(moment(from), moment(to), event, decisionContext(settings, now, false));
    log = appendDecisions(log, entries);
    return to;
  };
  let state = saved;
  // The counts the last worker had not saved, if they add to the snapshot that is stored now.
  let days: PendingStats = {};
  if (fresh) {
    state = saved;
  } else if (live) {
    state = live.lastAliveAt >= saved.lastAliveAt ? live : saved;
    if (state === live && pending.base === snapshotKey(saved)) days = pending.days;
  } else {
    state = logStep(saved, { type: 'startup', at: now, staleMs: HEARTBEAT_MIN * MINUTE_MS });
  }
  // Focus is re-read whenever a nudge is due; a stored "unfocused" must never hold one back.
  state = { ...state, focused: true, fullscreenWithSound: false };
  const idle = readIdle ? await readIdleState() : null;
  if (idle && idle !== state.activity) {
    state = logStep(state, { type: 'activity', state: idle, at: now });
  }
  return { tracker: state, saved: fresh ? null : saved, pending: days, log };
}

/** What the decision log needs to know besides the states (when quiet hours end, a call's length). */
function decisionContext(settings: Settings, now: number, callConnected: boolean) {
  const quiet = quietUntil(settings, now);
  return { settings, minuteMs: MINUTE_MS, quietUntil: quiet, callConnected };
}

/** Focus and fullscreen change often and are re-read on demand: they never cause a write. */
function needsSave(saved: TrackerState | null, next: TrackerState): boolean {
  if (!saved) return true;
  const strip = (s: TrackerState) => ({ ...s, focused: true, fullscreenWithSound: false });
  if (isMeaningfulChange(strip(saved), strip(next))) return true;
  return next.lastAliveAt - saved.lastAliveAt > HEARTBEAT_MIN * MINUTE_MS;
}

/**
 * Saves the snapshot, the minutes counted since the last one and the unsaved counts. A failed write
 * (quota, disk) is reported for the pages to show and changes nothing in memory: the snapshot and
 * the counts stay unsaved, so the next event tries again. Returns the failure (null: saved).
 */
async function persist(now: number): Promise<{ error: unknown } | null> {
  if (!cache) return { error: new Error('Nothing to save.') };
  const { tracker, saved, pending, log } = cache;
  const span = saved && countedSpan(saved, tracker);
  const changes = [
    ...(span ? [(stats: Stats) => addSolitarySpan(stats, span.from, span.to, localDayKey, MINUTE_MS)] : []),
    (stats: Stats) => applyPending(stats, pending),
  ];
  try {
    await saveTracker(tracker, changes, now, log);
  } catch (error) {
    await reportSaveError(error, now);
    return { error };
  }
  cache = { ...cache, tracker, saved: tracker, pending: {} };
  // The counts just saved leave the live copy too: a save whose snapshot equals the last one (a
  // connection while away changes nothing else) would otherwise let the next worker count them again.
  await saveLive(tracker, log, pendingOf(cache));
  await clearSaveError();
  return null;
}

/**
 * The alarm runs only while the person is active, watching, or in a call (a call goes on while they
 * listen without touching anything; sound on a call site is listened to until it is one), so
 * nothing wakes the worker while they're away.
 */
async function syncAlarm(state: TrackerState, now: number, countWatching: boolean): Promise<void> {
  const want =
    state.activity === 'active' ||
    state.activity === 'watching' ||
    state.callSince !== null ||
    state.soundSince !== null;
  const alarm = await browser.alarms.get(TICK_ALARM);
  // Chromium runs alarms on the wall clock: after the clock was set back, the next tick would only
  // come once the clock is past its old due time again, so it is set afresh.
  const adrift = alarm !== undefined && alarm.scheduledTime > now + TICK_PERIOD_MIN * 60_000;
  if (want && (!alarm || adrift)) {
    await browser.alarms.create(TICK_ALARM, {
      periodInMinutes: TICK_PERIOD_MIN,
      delayInMinutes: TICK_PERIOD_MIN,
    });
  } else if (!want && alarm) {
    await browser.alarms.clear(TICK_ALARM);
  }
  // Half a minute before the chance ends, so a late alarm still finds it open (and once: by then
  // that moment has passed).
  const check = state.watchChanceUntil === null ? null : state.watchChanceUntil - MINUTE_MS / 2;
  if (countWatching && state.activity === 'idle' && check !== null && check > now) {
    await browser.alarms.create(WATCH_CHECK_ALARM, { when: check });
  }
}

/** What a page's write did to the worker's memory (see `replaceStored`). */
export interface Replaced {
  /** The decision log that now replaces the worker's (an import's log). */
  log?: readonly Decision[];
  /** Everything stored was cleared (a reset): start afresh from storage at the next event. */
  forget?: boolean;
}

/**
 * Runs a page's write of stats, log or everything (clear, import, reset:
 * platform/worker/data-requests.ts) inside the event queue, so it lands between two events and the
 * worker's memory is rebased on it in the same step. Before it, the session is brought up to now
 * and saved, so what was counted so far is in the snapshot; after it, that snapshot is the baseline
 * the next save counts from, and nothing counted before the write (minutes, counts, log lines) is
 * added to what it wrote. Rejects, changing nothing, when the save before it fails.
 */
export function replaceStored(write: () => Promise<Replaced | undefined>): Promise<void> {
  return enqueue(async () => {
    const settings = await readSettings();
    // Brought up to now without acting on it (no badge, no nudge), as a settings catch-up does.
    await handle((at) => ({ type: 'tick', at }), 'browser', settings);
    const failed = await persist(Date.now());
    if (failed || !cache) throw failed?.error;
    const replaced = await write();
    if (replaced?.forget) {
      cache = null;
      return;
    }
    if (replaced?.log) cache.log = replaced.log;
    await saveLive(cache.tracker, cache.log, pendingOf(cache));
  });
}

/**
 * Runs `work` inside the event queue, between two events, and forgets the worker's memory when
 * `forget` says its result replaced stored data (an interrupted import completed or undone): the
 * next event starts from what is stored.
 */
export function whileQueued<T>(work: () => Promise<T>, forget: (result: T) => boolean): Promise<T> {
  return enqueue(async () => {
    const result = await work();
    if (forget(result)) cache = null;
    return result;
  });
}

/** Forgets the in-memory cache (after storage was replaced from outside, e.g. an import or reset). */
export function dropCache(): Promise<void> {
  // In the queue, so a save in flight cannot put the old state back afterwards.
  return enqueue(async () => {
    cache = null;
  });
}
