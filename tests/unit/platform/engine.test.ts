import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, dropCache, TICK_ALARM } from '../../../platform/engine';

const MIN = 60_000;
let now = 0;

async function at(minutes: number, event: Parameters<typeof dispatch>[0]) {
  now = new Date(2026, 10, 2, 9).getTime() + minutes * MIN;
  vi.setSystemTime(now);
  return dispatch(event);
}

/** A tick as the alarm delivers it: on time, one period after the previous one. */
const tick = (ts: number) => ({ type: 'tick' as const, at: ts, scheduledAt: ts });

beforeEach(async () => {
  fakeBrowser.reset();
  await dropCache();
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('background engine', () => {
  it('saves a fresh snapshot at once, then nothing on plain ticks', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    expect(writes).toHaveBeenCalledTimes(1);

    for (let m = 1; m <= 10; m++) await at(m, tick);

    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('saves on a transition', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');

    await at(3, (ts) => ({ type: 'activity', state: 'idle', at: ts }));

    expect(writes).toHaveBeenCalledTimes(1);
  });

  it('runs the tick alarm only while the person is active', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toMatchObject({ periodInMinutes: 1 });

    await at(2, (ts) => ({ type: 'activity', state: 'locked', at: ts }));
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeUndefined();

    await at(3, (ts) => ({ type: 'activity', state: 'active', at: ts }));
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
  });

  it('a restarted worker woken by a message continues the session from the unsaved ticks', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    for (let m = 1; m <= 10; m++) await at(m, tick);
    await dropCache(); // the worker stopped; its memory is gone
    await fakeBrowser.alarms.create(TICK_ALARM, { when: now + MIN, periodInMinutes: 1 });

    const { view } = await at(10.5, (ts) => ({ type: 'connected', at: ts }));
    const later = await at(11, tick);

    expect(view.away).toBe(false);
    expect(later.state.sessionStartedAt).toBe(new Date(2026, 10, 2, 9).getTime());
  });

  it('a tick that comes late (the machine slept) ends the session', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    for (let m = 1; m <= 10; m++) await at(m, tick);
    await dropCache();

    const { state, view } = await at(50, (ts) => ({ type: 'tick', at: ts, scheduledAt: ts - 39 * MIN }));

    expect(state.sessionStartedAt).toBe(now);
    expect(view.solitaryMs).toBe(0);
  });

  it('records a connection moment in the day’s stats', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));

    await at(20, (ts) => ({ type: 'connected', at: ts }));

    const { stats } = (await fakeBrowser.storage.local.get('stats')) as { stats: Record<string, unknown> };
    expect(stats['2026-11-02']).toMatchObject({ connections: 1 });
  });

  it('changes the stats another page wrote meanwhile instead of overwriting them', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    const imported = { solitaryMin: 42, longestMin: 30, nudges: 1, connections: 2 };
    await fakeBrowser.storage.local.set({ stats: { '2026-10-30': imported } });

    await at(20, (ts) => ({ type: 'connected', at: ts }));

    const { stats } = (await fakeBrowser.storage.local.get('stats')) as { stats: Record<string, unknown> };
    expect(stats['2026-10-30']).toEqual(imported);
    expect(stats['2026-11-02']).toMatchObject({ connections: 1 });
  });
});
