/**
 * A simulated working day driven through the real background engine (with WXT's fake browser):
 * steady browsing, short pauses, a lunch break, a locked hour and a sleep gap. It counts what the
 * budgets care about: storage writes and alarm wake-ups.
 *
 * The worker is assumed to die between every two events (MV3 stops idle workers after ~30 s), the
 * worst case for writes: every event is handled by a cold worker restoring the snapshot.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackerEvent } from '../../lib/tracker';
import { dispatch, dropCache, TICK_ALARM } from '../../platform/engine';

const MIN = 60_000;

export interface DaySegment {
  kind: 'browse' | 'idle' | 'locked' | 'sleep';
  minutes: number;
}

/** The day the budget is about (8 hours from 09:00). */
export const WORKING_DAY: DaySegment[] = [
  { kind: 'browse', minutes: 90 },
  { kind: 'idle', minutes: 3 }, // a short pause: shorter than the break, the session goes on
  { kind: 'browse', minutes: 117 },
  { kind: 'idle', minutes: 45 }, // lunch
  { kind: 'browse', minutes: 45 },
  { kind: 'locked', minutes: 60 },
  { kind: 'browse', minutes: 90 },
  { kind: 'sleep', minutes: 40 }, // lid closed: nothing runs, the alarm fires late on waking
  { kind: 'browse', minutes: 20 },
];

export interface DayResult {
  activeMinutes: number;
  awayMinutes: number;
  /** Writes to storage.local/sync during the first, uninterrupted 90 minutes of browsing. */
  steadyWritesPerHour: number;
  /** All writes over the day, per active hour. */
  writesPerActiveHour: number;
  totalWrites: number;
  /** Alarm firings (worker wake-ups) while idle, locked or asleep. */
  wakeUpsWhileAway: number;
  sessions: number;
}

/** Runs the day; call inside a Vitest test (uses fake timers for `Date`). */
export async function simulateDay(day: DaySegment[] = WORKING_DAY): Promise<DayResult> {
  const start = new Date(2026, 10, 2, 9, 0, 0).getTime();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(start);
  let writes = 0;
  const countWrite = () => {
    writes += 1;
  };
  const local = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const sync = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  fakeBrowser.storage.local.set = (items) => {
    countWrite();
    return local(items);
  };
  fakeBrowser.storage.sync.set = (items) => {
    countWrite();
    return sync(items);
  };

  let now = start;
  let activeMinutes = 0;
  let awayMinutes = 0;
  let wakeUpsWhileAway = 0;
  let steadyWrites = 0;
  let sessions = 0;
  let lastSessionStart: number | null = null;

  const send = async (event: (at: number) => TrackerEvent) => {
    await dropCache(); // a cold worker for every event
    vi.setSystemTime(now);
    const outcome = await dispatch(event);
    if (outcome.state.sessionStartedAt !== lastSessionStart && outcome.state.sessionStartedAt !== null) {
      sessions += 1;
    }
    lastSessionStart = outcome.state.sessionStartedAt;
  };

  await send((at) => ({ type: 'tick', at })); // install
  for (const [index, segment] of day.entries()) {
    if (segment.kind === 'browse') {
      if (index > 0 && day[index - 1]?.kind !== 'sleep')
        await send((at) => ({ type: 'activity', state: 'active', at }));
      for (let m = 0; m < segment.minutes; m++) {
        now += MIN;
        activeMinutes += 1;
        const alarm = await fakeBrowser.alarms.get(TICK_ALARM);
        if (alarm) await send((at) => ({ type: 'tick', at, scheduledAt: Math.min(alarm.scheduledTime, at) }));
        if (alarm) await fakeBrowser.alarms.create(TICK_ALARM, { periodInMinutes: 1 });
      }
      if (index === 0) steadyWrites = writes;
    } else if (segment.kind === 'sleep') {
      const alarm = await fakeBrowser.alarms.get(TICK_ALARM);
      const due = alarm?.scheduledTime ?? now + MIN;
      now += segment.minutes * MIN;
      awayMinutes += segment.minutes;
      // On waking the overdue alarm fires once: the one wake-up the machine itself caused.
      await send((at) => ({ type: 'tick', at, scheduledAt: due }));
    } else {
      await send((at) => ({ type: 'activity', state: segment.kind as 'idle' | 'locked', at }));
      for (let m = 0; m < segment.minutes; m++) {
        now += MIN;
        awayMinutes += 1;
        if (await fakeBrowser.alarms.get(TICK_ALARM)) wakeUpsWhileAway += 1;
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
    sessions,
  };
}
