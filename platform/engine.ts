/**
 * The tracker's browser glue: feeds events into the pure state machine, persists transitions,
 * keeps the tick alarm running only while the person is active, and acts on what follows
 * (badge, stats, nudge). Nothing here survives the worker in memory except caches that are
 * rebuilt from storage on the next wake.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings';
import {
  addSolitarySpan,
  localDayKey,
  recordConnection,
  recordLongest,
  recordNudge,
  type Stats,
} from '../lib/stats';
import {
  CALL_CONNECTION_MIN,
  countedSpan,
  isMeaningfulChange,
  step,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
  type TrackerView,
  view,
} from '../lib/tracker';
import { readSettings } from './storage';
import { MINUTE_MS } from './time-scale';
import { loadTracker, type StatsChange, saveTracker } from './tracker-store';

export const TICK_ALARM = 'attune-tick';
/** One tick a configured minute (Chromium's unpacked builds accept sub-30 s periods in e2e). */
export const TICK_PERIOD_MIN = MINUTE_MS / 60_000;
/**
 * Without a transition, save a heartbeat every this many configured minutes, so stats stay fresh
 * and a browser restart knows roughly when it was last seen (`startup`'s `staleMs`). Plain ticks
 * are never saved: 4 heartbeats an hour stays inside the budget of 6 writes per active hour.
 */
export const HEARTBEAT_MIN = 15;

export interface Outcome {
  state: TrackerState;
  view: TrackerView;
  settings: Settings;
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
export function dispatch(makeEvent: (now: number) => TrackerEvent): Promise<Outcome> {
  const run = queue.then(() => handle(makeEvent));
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Handles an event at once, inside the event being handled now. Only for effects that must record
 * something before anything else can happen (the nudge being shown).
 */
export function dispatchNow(makeEvent: (now: number) => TrackerEvent): Promise<Outcome> {
  return handle(makeEvent);
}

async function handle(makeEvent: (now: number) => TrackerEvent): Promise<Outcome> {
  const settings = await readSettings();
  const tracker = trackerSettings(settings);
  const now = Date.now();
  const event = makeEvent(now);
  if (!cache) cache = await wake(now, tracker, event.type === 'tick');
  const before = cache.tracker;
  const next = step(before, event, tracker, MINUTE_MS);
  const day = localDayKey(event.at);
  // The stretch just before a reset is the one that may be the day's longest.
  const peakMin = Math.floor(
    Math.max(viewAt(before, settings, now).solitaryMs, viewAt(next, settings, now).solitaryMs) / MINUTE_MS,
  );
  const changes = cache.statsChanges;
  changes.push((stats) => recordLongest(stats, day, peakMin));
  if (event.type === 'connected' || isConnectingCall(before, next, event)) {
    changes.push((stats) => recordConnection(stats, day));
  }
  if (event.type === 'nudge-shown') changes.push((stats) => recordNudge(stats, day));
  cache.tracker = next;

  if (needsSave(cache.saved, next) || event.type === 'connected') await persist(now);
  await syncAlarm(next);
  const outcome = { state: next, view: viewAt(next, settings, now), settings };
  for (const effect of effects) await effect(outcome, event);
  return outcome;
}

/**
 * A cold worker restores the snapshot, whose `lastAliveAt` may be minutes old because plain ticks
 * are never saved. The tick alarm is the witness that the browser stayed awake since: while it is
 * not overdue, it last fired one period before its next firing, so a worker woken by a message or
 * an idle event resumes from there instead of mistaking the unsaved ticks for a gap. A waking tick
 * brings its own witness (`scheduledAt`), and an overdue alarm proves nothing (the machine slept).
 */
async function wake(
  now: number,
  tracker: TrackerSettings,
  wokenByTick: boolean,
): Promise<NonNullable<typeof cache>> {
  const { tracker: saved, fresh } = await loadTracker(now);
  let live = saved;
  const alarm = wokenByTick ? undefined : await browser.alarms.get(TICK_ALARM);
  if (alarm && alarm.scheduledTime >= now && saved.activity === 'active') {
    const lastFiring = alarm.scheduledTime - TICK_PERIOD_MIN * 60_000;
    live = step(saved, { type: 'tick', at: now, scheduledAt: lastFiring }, tracker, MINUTE_MS);
  }
  // Focus is re-read whenever a nudge is due; a stored "unfocused" must never hold one back.
  live = { ...live, focused: true, fullscreenWithSound: false };
  return { tracker: live, saved: fresh ? null : saved, statsChanges: [] };
}

/**
 * A call that lasted long enough to be a connection moment just ended (and was not cut short by a
 * break, e.g. the machine sleeping mid-call).
 */
function isConnectingCall(before: TrackerState, next: TrackerState, event: TrackerEvent): boolean {
  return (
    event.type === 'call-end' &&
    before.callSince !== null &&
    next.sessionStartedAt === before.sessionStartedAt &&
    next.lastAliveAt - before.callSince >= CALL_CONNECTION_MIN * MINUTE_MS
  );
}

/** Focus and fullscreen change often and are re-read on demand: they never cause a write. */
function needsSave(saved: TrackerState | null, next: TrackerState): boolean {
  if (!saved) return true;
  const strip = (s: TrackerState) => ({ ...s, focused: true, fullscreenWithSound: false });
  if (isMeaningfulChange(strip(saved), strip(next))) return true;
  return next.lastAliveAt - saved.lastAliveAt >= HEARTBEAT_MIN * MINUTE_MS;
}

async function persist(now: number): Promise<void> {
  if (!cache) return;
  const { tracker, saved, statsChanges } = cache;
  const span = saved && countedSpan(saved, tracker);
  const changes = span
    ? [(stats: Stats) => addSolitarySpan(stats, span.from, span.to, localDayKey, MINUTE_MS), ...statsChanges]
    : statsChanges;
  await saveTracker(tracker, changes, now);
  cache = { tracker, saved: tracker, statsChanges: [] };
}

/** The alarm runs only while the person is active, so nothing wakes the worker while they're away. */
async function syncAlarm(state: TrackerState): Promise<void> {
  const want = state.activity === 'active';
  const alarm = await browser.alarms.get(TICK_ALARM);
  if (want && !alarm) {
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
