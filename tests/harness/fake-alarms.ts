/**
 * Fires the fake browser's alarms the way the browsers do (the fake only stores them): while the
 * machine is awake a periodic alarm fires at each due time; an overdue alarm (after sleep, a
 * browser restart, a forward clock jump) fires ONCE, late — its `scheduledTime` is the missed due
 * time — and is then rescheduled one period from now.
 *
 * Chromium schedules on the wall clock (its AlarmManager polls `base::Time::Now()` against each
 * `scheduled_time`), so after a backward clock jump an alarm stays silent until the wall clock
 * reaches its time again. Firefox arms a timer for the delay when the alarm is set, so after a
 * backward jump it still fires one delay later (with a `scheduledTime` in the clock's future).
 */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MINUTE, type VirtualClock } from './fake-clock';

type Alarm = Browser.alarms.Alarm;

/** The alarm list as the fake keeps it (mutable objects). */
async function list(): Promise<Alarm[]> {
  return (await rawAlarms.getAll()) as Alarm[];
}

/** The fake's own functions, captured before the worker wrappers replace them. */
export const rawAlarms = {
  getAll: fakeBrowser.alarms.getAll.bind(fakeBrowser.alarms),
  clearAll: fakeBrowser.alarms.clearAll.bind(fakeBrowser.alarms),
};

/** One firing: the alarm as the listener receives it. */
export type Fire = (alarm: Alarm) => Promise<void>;

export type AlarmClock = 'wall' | 'timer';

/** Firefox's timer: the real time each alarm is due (set when the harness first sees it). */
const timerDue = new WeakMap<Alarm, { scheduledTime: number; real: number }>();

/** How long from now until `alarm` fires (≤ 0: overdue). */
function dueIn(alarm: Alarm, clock: VirtualClock, mode: AlarmClock): number {
  if (mode === 'wall') return alarm.scheduledTime - clock.wall;
  let due = timerDue.get(alarm);
  if (!due || due.scheduledTime !== alarm.scheduledTime) {
    // Armed (or re-armed by `create`) now: the timer runs for the delay asked.
    due = { scheduledTime: alarm.scheduledTime, real: clock.real + (alarm.scheduledTime - clock.wall) };
    timerDue.set(alarm, due);
  }
  return due.real - clock.real;
}

/** Reschedules (periodic) or removes (one-shot) an alarm that just fired at `now`. */
async function afterFiring(alarm: Alarm, clock: VirtualClock): Promise<void> {
  const alarms = await list();
  const i = alarms.indexOf(alarm);
  if (i < 0) return; // replaced or cleared by the listener
  if (alarm.periodInMinutes) {
    alarm.scheduledTime = clock.wall + alarm.periodInMinutes * MINUTE;
    timerDue.set(alarm, {
      scheduledTime: alarm.scheduledTime,
      real: clock.real + alarm.periodInMinutes * MINUTE,
    });
  } else alarms.splice(i, 1);
}

/** Notes when each alarm is due, so Firefox's timers are armed from the moment they were set. */
export async function armTimers(clock: VirtualClock, mode: AlarmClock): Promise<void> {
  if (mode === 'timer') for (const alarm of await list()) dueIn(alarm, clock, mode);
}

/** Fires every alarm already overdue, once each. */
export async function fireOverdue(
  clock: VirtualClock,
  fire: Fire,
  mode: AlarmClock = 'wall',
): Promise<number> {
  let fired = 0;
  for (const alarm of [...(await list())]) {
    if (dueIn(alarm, clock, mode) > 0) continue;
    const copy = { ...alarm };
    await afterFiring(alarm, clock);
    await fire(copy);
    fired += 1;
  }
  return fired;
}

/**
 * Awake time passes for `ms`: each alarm fires at its due time (the clock is moved there first),
 * overdue ones once at the start.
 */
export async function passAwake(
  clock: VirtualClock,
  ms: number,
  fire: Fire,
  mode: AlarmClock = 'wall',
): Promise<void> {
  const end = clock.real + ms;
  await fireOverdue(clock, fire, mode);
  for (;;) {
    const left = end - clock.real;
    let next: Alarm | undefined;
    let nextIn = Number.POSITIVE_INFINITY;
    for (const alarm of await list()) {
      const due = dueIn(alarm, clock, mode);
      if (due <= left && due < nextIn) {
        next = alarm;
        nextIn = due;
      }
    }
    if (!next) break;
    if (nextIn > 0) clock.advance(nextIn);
    const copy = { ...next };
    await afterFiring(next, clock);
    await fire(copy);
  }
  if (end > clock.real) clock.advance(end - clock.real);
}
