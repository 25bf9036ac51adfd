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
import type { Settings } from '../lib/settings';
import {
  addSolitarySpan,
  localDayKey,
  recordActedOn,
  recordConnection,
  recordLongest,
  recordNudge,
  type Stats,
} from '../lib/stats';
import {
  countedSpan,
  endsConnectingCall,
  isMeaningfulChange,
  step,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
  type TrackerView,
  view,
} from '../lib/tracker';
import { readIdleState } from './idle';
import { readSettings } from './storage';
import { MINUTE_MS } from './time-scale';
import {
  clearSaveError,
  loadLive,
  loadTracker,
  reportSaveError,
  type StatsChange,
  saveLive,
  saveTracker,
} from './tracker-store';

export const TICK_ALARM = 'attune-tick';
/** One tick a configured minute (Chromium's unpacked builds accept sub-30 s periods in e2e). */
export const TICK_PERIOD_MIN = MINUTE_MS / 60_000;
/**
 * Without a transition, save a heartbeat to `storage.local` every this many configured minutes, so
 * stats stay fresh and a browser restart knows roughly when it was last seen (`startup`'s
 * `staleMs`). Plain ticks only reach `storage.session`.
 */
export const HEARTBEAT_MIN = 15;

/** Who brought the event: the person opening Attune themselves, or the browser (alarms, idle…). */
export type Origin = 'person' | 'browser';

export interface Outcome {
  state: TrackerState;
  view: TrackerView;
  settings: Settings;
  origin: Origin;
}

type Effect = (outcome: Outcome, event: TrackerEvent) => Promise<void>;

/**
 * The live state, the snapshot last saved (null: nothing valid saved yet), and the stats changes
 * not saved yet.
 */
let cache: { tracker: TrackerState; saved: TrackerState | null; statsChanges: StatsChange[] } | null = null;
let queue: Promise<unknown> = Promise.resolve();
const effects: Effect[] = [];

/** Registers what happens after every processed event (badge, nudge…). */
export function onOutcome(effect: Effect): void {
  effects.push(effect);
}

export function trackerSettings(settings: Settings): TrackerSettings {
  const { thresholdMin, breakMin, repeatMin, dailyCap, quietHours } = settings;
  return {
    thresholdMin,
    breakMin,
    repeatMin,
    dailyCap,
    quietHours: quietHours.enabled ? quietHours : { ...quietHours, start: '00:00', end: '00:00' },
  };
}

function localMinuteOfDay(ms: number): number {
  const d = new Date(ms);
  return d.getHours() * 60 + d.getMinutes();
}

/** The tracker's view at `now` for these settings. */
export function viewAt(state: TrackerState, settings: Settings, now: number): TrackerView {
  return view(state, trackerSettings(settings), now, MINUTE_MS, localMinuteOfDay(now), localDayKey(now));
}

/**
 * Processes one event (made at the moment it is handled, so queued events keep their order and
 * time). Events are handled one at a time.
 */
export function dispatch(
  makeEvent: (now: number) => TrackerEvent,
  origin: Origin = 'browser',
): Promise<Outcome> {
  const run = queue.then(() => handle(makeEvent, origin));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Handles an event at once, inside the event being handled now. Only for effects that must record
 * something before anything else can happen (the nudge being shown).
 */
export function dispatchNow(makeEvent: (now: number) => TrackerEvent): Promise<Outcome> {
  return handle(makeEvent, 'browser');
}

/**
 * Brings the session up to now under settings that were in force until a moment ago, without acting
 * on it (no badge, no nudge): an idle span that reached the old break length was a break, even if
 * the break was raised while nobody was there to notice.
 */
export function catchUp(previous: Settings): Promise<Outcome> {
  const run = queue.then(() => handle((at) => ({ type: 'tick', at }), 'browser', previous));
  queue = run.catch(() => undefined);
  return run;
}

async function handle(
  makeEvent: (now: number) => TrackerEvent,
  origin: Origin,
  previous?: Settings,
): Promise<Outcome> {
  const settings = previous ?? (await readSettings());
  const tracker = trackerSettings(settings);
  const now = Date.now();
  if (!cache) cache = await wake(now, tracker);
  const event = makeEvent(now);
  const before = cache.tracker;
  const next = step(before, event, tracker, MINUTE_MS);
  const day = localDayKey(event.at);
  // The stretch just before a reset is the one that may be the day's longest.
  const peakMin = Math.floor(
    Math.max(viewAt(before, settings, now).solitaryMs, viewAt(next, settings, now).solitaryMs) / MINUTE_MS,
  );
  const changes = cache.statsChanges;
  changes.push((stats) => recordLongest(stats, day, peakMin));
  if (event.type === 'connected' || endsConnectingCall(before, event, tracker, MINUTE_MS)) {
    changes.push((stats) => recordConnection(stats, day));
  }
  if (event.type === 'nudge-shown') changes.push((stats) => recordNudge(stats, day));
  // Reaching out (or not being alone after all) while a nudge is pending is acting on it.
  if ((event.type === 'connected' || event.type === 'not-alone') && before.lastNudgeAt !== null) {
    changes.push((stats) => recordActedOn(stats, day));
  }
  cache.tracker = next;

  // Cheapest and most vital first: the worker may be stopped at any await from here on.
  await syncAlarm(next, now);
  await saveLive(next);
  if (needsSave(cache.saved, next) || event.type === 'connected') await persist(now);
  const outcome = { state: next, view: viewAt(next, settings, now), settings, origin };
  if (!previous) for (const effect of effects) await effect(outcome, event);
  return outcome;
}

/**
 * A cold worker (woken by anything: an alarm, the popup, a settings change, an idle change…)
 * resumes from the live state the last worker left in `storage.session` — or, when there is none
 * because the browser or Attune itself just (re)started, from the `storage.local` snapshot, which
 * may be one heartbeat old. Then it asks the browser for the real idle state: an event may have
 * been lost with the last worker, and after a restart Chromium reports only changes.
 */
async function wake(now: number, tracker: TrackerSettings): Promise<NonNullable<typeof cache>> {
  const [{ tracker: saved, fresh }, live] = await Promise.all([loadTracker(now), loadLive()]);
  let state = saved;
  if (fresh) {
    state = saved;
  } else if (live) {
    state = live.lastAliveAt >= saved.lastAliveAt ? live : saved;
  } else {
    state = step(saved, { type: 'startup', at: now, staleMs: HEARTBEAT_MIN * MINUTE_MS }, tracker, MINUTE_MS);
  }
  // Focus is re-read whenever a nudge is due; a stored "unfocused" must never hold one back.
  state = { ...state, focused: true, fullscreenWithSound: false };
  const idle = await readIdleState();
  if (idle && idle !== state.activity) {
    state = step(state, { type: 'activity', state: idle, at: now }, tracker, MINUTE_MS);
  }
  return { tracker: state, saved: fresh ? null : saved, statsChanges: [] };
}

/** Focus and fullscreen change often and are re-read on demand: they never cause a write. */
function needsSave(saved: TrackerState | null, next: TrackerState): boolean {
  if (!saved) return true;
  const strip = (s: TrackerState) => ({ ...s, focused: true, fullscreenWithSound: false });
  if (isMeaningfulChange(strip(saved), strip(next))) return true;
  return next.lastAliveAt - saved.lastAliveAt >= HEARTBEAT_MIN * MINUTE_MS;
}

/**
 * Saves the snapshot and the stats changes. A failed write (quota, disk) is reported for the pages
 * to show and changes nothing in memory: the snapshot and the pending stats stay unsaved, so the
 * next event tries again.
 */
async function persist(now: number): Promise<void> {
  if (!cache) return;
  const { tracker, saved, statsChanges } = cache;
  const span = saved && countedSpan(saved, tracker);
  const changes = span
    ? [(stats: Stats) => addSolitarySpan(stats, span.from, span.to, localDayKey, MINUTE_MS), ...statsChanges]
    : statsChanges;
  try {
    await saveTracker(tracker, changes, now);
  } catch (error) {
    await reportSaveError(error, now);
    return;
  }
  cache = { tracker, saved: tracker, statsChanges: [] };
  await clearSaveError();
}

/**
 * The alarm runs only while the person is active, watching, or in a call (a call goes on while they
 * listen without touching anything; sound on a call site is listened to until it is one), so
 * nothing wakes the worker while they're away.
 */
async function syncAlarm(state: TrackerState, now: number): Promise<void> {
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
}

/** Forgets the in-memory cache (after storage was replaced from outside, e.g. an import or reset). */
export function dropCache(): Promise<void> {
  // In the queue, so a save in flight cannot put the old state back afterwards.
  const run = queue.then(() => {
    cache = null;
  });
  queue = run;
  return run;
}
