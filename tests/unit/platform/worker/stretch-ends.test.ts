/**
 * Issue 21, "a stretch is never cut by how it ended": what Insights says after a closed lid, a
 * browser quit, or a worker stopped between its two writes, driven through the real engine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DayStats } from '../../../../lib/history/stats';
import { dispatch, dropCache } from '../../../../platform/worker/engine';

const MIN = 60_000;
const START = new Date(2026, 10, 2, 9).getTime();
const DAY = '2026-11-02';
type Dispatch = typeof dispatch;
let now = 0;

async function at(minutes: number, event: Parameters<Dispatch>[0], send: Dispatch = dispatch) {
  now = START + minutes * MIN;
  vi.setSystemTime(now);
  return send(event);
}

/** A tick as the alarm delivers it: on time, or late by the time the machine slept. */
const tick =
  (late = 0) =>
  (ts: number) => ({ type: 'tick' as const, at: ts, scheduledAt: ts - late });

/** Active minutes `from`..`to`, one tick a minute. */
async function activeMinutes(from: number, to: number, send: Dispatch = dispatch) {
  for (let m = from; m <= to; m++) await at(m, m === 0 ? (ts) => ({ type: 'tick', at: ts }) : tick(), send);
}

const today = async () =>
  ((await fakeBrowser.storage.local.get('stats')) as { stats?: Record<string, DayStats> }).stats?.[DAY];

beforeEach(async () => {
  fakeBrowser.reset();
  await dropCache();
  vi.useFakeTimers({ toFake: ['Date'] });
  (fakeBrowser.idle as unknown as { queryState: () => Promise<string> }).queryState = async () => 'active';
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a stretch is never cut by how it ended', () => {
  it('a closed lid: 35 active minutes, the worker stopped between ticks, an hour asleep — longest 35', async () => {
    await activeMinutes(0, 35);
    await dropCache(); // Chromium stopped the worker ~30 s after the last tick

    await at(96, tick(60 * MIN)); // the lid opens: the overdue alarm fires once, an hour late

    expect(await today()).toMatchObject({ solitaryMin: 35, longestMin: 35 });
  });

  it('a browser quit at minute 39, started again at once, 21 more minutes: at most 5 minutes lost', async () => {
    await activeMinutes(0, 39);
    await dropCache();
    await fakeBrowser.storage.session.clear(); // the quit: storage.session goes with the browser

    await at(39.5, (ts) => ({ type: 'tick', at: ts }));
    await activeMinutes(40, 60);
    await at(61, (ts) => ({ type: 'activity', state: 'locked', at: ts })); // a transition saves

    const day = await today();
    expect(day?.solitaryMin).toBeGreaterThanOrEqual(55);
    expect(day?.solitaryMin).toBeLessThanOrEqual(61);
    expect(day?.longestMin).toBeGreaterThanOrEqual(55);
  });

  it('a worker that dies between the live write and the snapshot loses no count (a nudge shown)', async () => {
    await activeMinutes(0, 21);
    // The snapshot write of the nudge's event never completes: the worker is gone before it lands.
    let gone: (reason: Error) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementationOnce(
      () => new Promise((_, reject) => (gone = reject)),
    );
    void at(22, (ts) => ({ type: 'nudge-shown', at: ts, dayKey: DAY }));
    await vi.waitFor(() => expect(fakeBrowser.storage.local.set).toHaveBeenCalled());

    // A new worker: fresh module memory, the same storage.
    vi.resetModules();
    const fresh = await import('../../../../platform/worker/engine');
    await at(23, tick(), fresh.dispatch);
    await at(24, (ts) => ({ type: 'activity', state: 'locked', at: ts }), fresh.dispatch);

    expect(await today()).toMatchObject({ nudges: 1, solitaryMin: 24 });
    gone(new Error('the old worker is gone')); // lets the old module's queue end
    await dropCache();
  });

  it('a nudge counted before a snapshot is never counted twice by the next worker', async () => {
    await activeMinutes(0, 10);
    await at(11, (ts) => ({ type: 'nudge-shown', at: ts, dayKey: DAY }));
    await dropCache();

    await at(12, tick());
    await at(13, (ts) => ({ type: 'activity', state: 'locked', at: ts }));

    expect((await today())?.nudges).toBe(1);
  });
});
