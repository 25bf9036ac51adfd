/**
 * Fires the fake browser's alarms the way Chromium does (the fake only stores them): alarms are
 * scheduled on the wall clock; while the machine is awake a periodic alarm fires at each due time;
 * an overdue alarm (after sleep, a browser restart, a forward clock jump) fires ONCE, late — its
 * `scheduledTime` is the missed due time — and is then rescheduled one period from now. After a
 * backward clock jump an alarm stays silent until the wall clock reaches its time again.
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

/** Reschedules (periodic) or removes (one-shot) an alarm that just fired at `now`. */
async function afterFiring(alarm: Alarm, now: number): Promise<void> {
  const alarms = await list();
  const i = alarms.indexOf(alarm);
  if (i < 0) return; // replaced or cleared by the listener
  if (alarm.periodInMinutes) alarm.scheduledTime = now + alarm.periodInMinutes * MINUTE;
  else alarms.splice(i, 1);
}

/** Fires every alarm already overdue at the current wall time, once each. */
export async function fireOverdue(clock: VirtualClock, fire: Fire): Promise<number> {
  let fired = 0;
  for (const alarm of [...(await list())]) {
    if (alarm.scheduledTime > clock.wall) continue;
    const copy = { ...alarm };
    await afterFiring(alarm, clock.wall);
    await fire(copy);
    fired += 1;
  }
  return fired;
}

/**
 * Awake time passes until `clock.wall + ms`: each alarm fires at its due time (the clock is
 * moved there first), overdue ones once at the start.
 */
export async function passAwake(clock: VirtualClock, ms: number, fire: Fire): Promise<void> {
  const end = clock.wall + ms;
  await fireOverdue(clock, fire);
  for (;;) {
    const next = (await list())
      .filter((a) => a.scheduledTime <= end)
      .sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
    if (!next) break;
    clock.advanceTo(next.scheduledTime);
    const copy = { ...next };
    await afterFiring(next, clock.wall);
    await fire(copy);
  }
  clock.advanceTo(end);
}
