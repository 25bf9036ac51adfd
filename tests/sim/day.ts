/**
 * A simulated working day driven through the real background (`startBackground` with WXT's fake
 * browser): steady browsing, glances at the popup, a settings edit, short pauses, a lunch break, a
 * locked hour and a sleep gap. It counts what the budgets care about (storage writes and alarm
 * wake-ups) and what the person saw at each glance.
 *
 * Every event reaches the background the way a browser delivers it (the tick alarm, an idle change,
 * the popup's `status` message, a `storage.onChanged` for settings), through the listeners
 * `platform/worker/background.ts` registers. The worker is assumed to die between every two events
 * (MV3 stops idle workers after ~30 s): the worst case for writes, and the case where a cold worker
 * is woken by something other than its alarm. Memory-only `storage.session` survives, as it does.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { Status } from '../../platform/shared/messages';
import { startBackground } from '../../platform/worker/background';
import { dropCache, type Outcome, onOutcome, TICK_ALARM } from '../../platform/worker/engine';

const MIN = 60_000;

export interface DaySegment {
  kind: 'browse' | 'idle' | 'locked' | 'sleep';
  minutes: number;
  /** Minutes into a browse segment when the person opens the popup. */
  glances?: number[];
  /** Minutes into a browse segment when the person changes a setting in options. */
  settingsEdits?: number[];
}

/** The day the budget is about (8 hours from 09:00). */
export const WORKING_DAY: DaySegment[] = [
  { kind: 'browse', minutes: 90, glances: [25, 62], settingsEdits: [40] },
  { kind: 'idle', minutes: 3 }, // a short pause: shorter than the break, the session goes on
  { kind: 'browse', minutes: 117, glances: [10, 58, 100] },
  { kind: 'idle', minutes: 45 }, // lunch
  { kind: 'browse', minutes: 45, glances: [30], settingsEdits: [12] },
  { kind: 'locked', minutes: 60 },
  { kind: 'browse', minutes: 90, glances: [44, 89] },
  { kind: 'sleep', minutes: 40 }, // lid closed: nothing runs, the alarm fires late on waking
  { kind: 'browse', minutes: 20, glances: [19] },
];

/**
 * The person's settings: a long threshold, so no nudge comes and the budgets measure tracking alone
 * (a nudge shown is one more write, on top of these).
 */
const DAY_SETTINGS: Settings = { ...DEFAULT_SETTINGS, thresholdMin: 240, nudgeStyle: 'badge' };

export interface Glance {
  /** Active minutes in the session so far, by the simulation's own count (pauses excluded). */
  expectedMin: number;
  /** Minutes the popup's status line would show (null: it said "on a break"). */
  shownMin: number | null;
}

export interface DayResult {
  activeMinutes: number;
  awayMinutes: number;
  /** The background's writes to storage.local/sync during the first 90 minutes of browsing. */
  steadyWritesPerHour: number;
  /** The background's writes over the day, per active hour. */
  writesPerActiveHour: number;
  totalWrites: number;
  /** Alarm firings (worker wake-ups) while idle, locked or asleep. */
  wakeUpsWhileAway: number;
  /** Times the worker was woken from cold, by any event. */
  coldWakes: number;
  sessions: number;
  glances: Glance[];
}

/** The parts of `fakeBrowser` it doesn't implement, acting like the browsers do. */
function installBrowserFakes(idle: { state: 'active' | 'idle' | 'locked' }) {
  const listeners: ((state: string) => unknown)[] = [];
  const onStateChanged = {
    addListener: (fn: (state: string) => unknown) => void listeners.push(fn),
    removeListener: (fn: (state: string) => unknown) => {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (fn: (state: string) => unknown) => listeners.includes(fn),
    trigger: (state: string) => Promise.all(listeners.map((fn) => fn(state))),
  };
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval: () => undefined,
    queryState: async () => idle.state,
    onStateChanged,
  });
  // Events the fake throws for (permissions…) get listeners that are never called.
  for (const namespace of Object.values(fakeBrowser as unknown as Record<string, unknown>)) {
    if (typeof namespace !== 'object' || namespace === null) continue;
    for (const [name, event] of Object.entries(namespace as Record<string, unknown>)) {
      const target = event as { addListener?: (fn: () => void) => void; removeListener?: unknown };
      if (typeof event !== 'object' || event === null || typeof target.addListener !== 'function') continue;
      const probe = () => undefined;
      try {
        target.addListener(probe);
        (target.removeListener as ((fn: () => void) => void) | undefined)?.(probe);
      } catch {
        (namespace as Record<string, unknown>)[name] = {
          addListener: () => undefined,
          removeListener: () => undefined,
          hasListener: () => false,
        };
      }
    }
  }
  return onStateChanged;
}

/** Lets every promise chain the last event started run to its end, then forgets the worker. */
async function workerDies(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await dropCache();
  }
}

/** Runs the day once per module instance (it registers the background's listeners). */
export async function simulateDay(day: DaySegment[] = WORKING_DAY): Promise<DayResult> {
  const start = new Date(2026, 10, 2, 9, 0, 0).getTime();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
  await fakeBrowser.storage.sync.set({ settings: DAY_SETTINGS });

  const idle = { state: 'active' as 'active' | 'idle' | 'locked' };
  const idleEvents = installBrowserFakes(idle);
  let countWrites = true;
  let writes = 0;
  const local = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const sync = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  fakeBrowser.storage.local.set = (items) => {
    if (countWrites) writes += 1;
    return local(items);
  };
  fakeBrowser.storage.sync.set = (items) => {
    if (countWrites) writes += 1;
    return sync(items);
  };

  let last: Outcome | null = null;
  onOutcome(async (outcome) => {
    last = outcome;
  });
  startBackground();

  let now = start;
  let activeMinutes = 0;
  let awayMinutes = 0;
  let wakeUpsWhileAway = 0;
  let steadyWrites = 0;
  let sessions = 0;
  let coldWakes = 0;
  let lastSessionStart: number | null = null;
  /** Active time in the current session, by the simulation's own count. */
  let sessionActiveMs = 0;
  const glances: Glance[] = [];

  /** One event reaching a cold worker at `now`. */
  const deliver = async (fire: () => Promise<unknown>): Promise<unknown> => {
    vi.setSystemTime(now);
    coldWakes += 1;
    const result = await fire();
    await workerDies();
    const started = (last as Outcome | null)?.state.sessionStartedAt ?? null;
    if (started !== lastSessionStart && started !== null) sessions += 1;
    lastSessionStart = started;
    return result;
  };
  const alarmFires = async () => {
    const alarm = await fakeBrowser.alarms.get(TICK_ALARM);
    if (!alarm) return false;
    // Fired on time (or late, after sleep); the browser schedules the next one a period later.
    await deliver(() =>
      fakeBrowser.alarms.onAlarm.trigger({ ...alarm, scheduledTime: Math.min(alarm.scheduledTime, now) }),
    );
    if (await fakeBrowser.alarms.get(TICK_ALARM)) {
      await fakeBrowser.alarms.create(TICK_ALARM, { periodInMinutes: 1, when: now + MIN });
    }
    return true;
  };
  const idleChanges = (state: 'active' | 'idle' | 'locked') => {
    idle.state = state;
    return deliver(() => idleEvents.trigger(state));
  };
  const popupGlance = async () => {
    const [status] = (await deliver(() =>
      fakeBrowser.runtime.onMessage.trigger({ type: 'status' }, { id: fakeBrowser.runtime.id }),
    )) as [Status];
    glances.push({
      expectedMin: Math.floor(sessionActiveMs / MIN),
      shownMin: status.away ? null : Math.floor(status.solitaryMs / status.minuteMs),
    });
  };
  const settingsEdit = async (repeatMin: number) => {
    // The options page writes `storage.sync`; the background hears `storage.onChanged`.
    countWrites = false;
    await deliver(() => fakeBrowser.storage.sync.set({ settings: { ...DAY_SETTINGS, repeatMin } }));
    countWrites = true;
  };

  await deliver(() => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false }));
  let edits = 0;
  for (const [index, segment] of day.entries()) {
    if (segment.kind === 'browse') {
      const previous = day[index - 1]?.kind;
      if (previous === 'idle' || previous === 'locked') {
        if (awayRun(day, index) >= DAY_SETTINGS.breakMin) sessionActiveMs = 0;
        await idleChanges('active');
      }
      if (previous === 'sleep') sessionActiveMs = 0;
      for (let m = 1; m <= segment.minutes; m++) {
        now += MIN;
        activeMinutes += 1;
        sessionActiveMs += MIN;
        await alarmFires();
        if (segment.glances?.includes(m)) {
          now += 20_000;
          sessionActiveMs += 20_000;
          await popupGlance();
        }
        if (segment.settingsEdits?.includes(m)) {
          now += 20_000;
          sessionActiveMs += 20_000;
          edits += 1;
          await settingsEdit(edits % 2 === 1 ? 45 : 30);
        }
      }
      if (index === 0) steadyWrites = writes;
    } else if (segment.kind === 'sleep') {
      now += segment.minutes * MIN;
      awayMinutes += segment.minutes;
      // On waking the overdue alarm fires once, late: the one wake-up the machine itself caused.
      await alarmFires();
    } else {
      await idleChanges(segment.kind);
      for (let m = 0; m < segment.minutes; m++) {
        now += MIN;
        awayMinutes += 1;
        if (await alarmFires()) wakeUpsWhileAway += 1;
      }
    }
  }
  vi.useRealTimers();
  const firstHours = (day[0]?.minutes ?? 60) / 60;
  return {
    activeMinutes,
    awayMinutes,
    steadyWritesPerHour: steadyWrites / firstHours,
    writesPerActiveHour: writes / (activeMinutes / 60),
    totalWrites: writes,
    wakeUpsWhileAway,
    coldWakes,
    sessions,
    glances,
  };
}

/** Minutes away just before segment `index` (consecutive idle/locked segments). */
function awayRun(day: DaySegment[], index: number): number {
  let minutes = 0;
  for (let i = index - 1; i >= 0; i--) {
    const segment = day[i];
    if (!segment || (segment.kind !== 'idle' && segment.kind !== 'locked')) break;
    minutes += segment.minutes;
  }
  return minutes;
}
