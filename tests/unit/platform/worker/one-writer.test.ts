/**
 * Issue 21, "one writer for stats and the log": the pages' clear and import go through the
 * background's checked message protocol and land inside its event queue, so nothing the worker
 * holds in memory is saved over them or counted into them afterwards. Driven through the real
 * background (listeners, engine, storage) on the fake browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DayStats } from '../../../../lib/history/stats';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { startBackground } from '../../../../platform/worker/background';
import { dispatch, dropCache } from '../../../../platform/worker/engine';
import { startOnFreshBrowser } from '../../stub-events';

const MIN = 60_000;
const START = new Date(2026, 10, 2, 9).getTime();
const DAY = '2026-11-02';
let now = START;

function setNow(minutes: number) {
  now = START + minutes * MIN;
  vi.setSystemTime(now);
}

/** Active minutes `from`..`to`, one on-time tick a minute. */
async function activeMinutes(from: number, to: number) {
  for (let m = from; m <= to; m++) {
    setNow(m);
    await dispatch((at) => ({ type: 'tick', at, scheduledAt: at }));
  }
}

/** A page of Attune sends a request, as `runtime.sendMessage` delivers it to the background. */
async function fromPage(request: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(request, {
    id: fakeBrowser.runtime.id,
  } as never);
  return (replies as unknown[]).find((reply) => reply !== undefined);
}

const today = async () =>
  ((await fakeBrowser.storage.local.get('stats')) as { stats?: Record<string, DayStats> }).stats?.[DAY];

const lockScreen = async (minute: number) => {
  setNow(minute);
  await dispatch((at) => ({ type: 'activity', state: 'locked', at }));
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  setNow(0);
  startOnFreshBrowser(startBackground);
  await dropCache();
  (fakeBrowser.idle as unknown as { queryState: () => Promise<string> }).queryState = async () => 'active';
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, thresholdMin: 120 } });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('one writer for stats and the log', () => {
  it('"Clear history" at minute 15, then 10 more minutes: today shows 10, not 25', async () => {
    await activeMinutes(0, 15);

    expect(await fromPage({ type: 'clear-history' })).toMatchObject({ ok: true });
    expect(await today()).toBeUndefined();
    await activeMinutes(16, 25);
    await lockScreen(25.5);

    const day = await today();
    expect(day?.solitaryMin).toBeCloseTo(10.5, 5); // 15 → 25.5
    // The stretch still reads 25 minutes, but the history holds only what came after the clear.
    expect(day?.longestMin).toBeLessThanOrEqual(25);
  });

  it('a clear asked while a save is between its read and its write is not overwritten', async () => {
    await activeMinutes(0, 5);
    // The heartbeat's save reads the stats, and the read is slow.
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(local, 'get').mockImplementationOnce(async (keys) => {
      await slow;
      return get(keys);
    });
    setNow(6);
    const saving = dispatch((at) => ({ type: 'tick', at, scheduledAt: at }));

    const clearing = fromPage({ type: 'clear-history' });
    release();
    await saving;
    await clearing;
    await lockScreen(6.5);

    expect((await today())?.solitaryMin ?? 0).toBeLessThan(1);
  });

  it('an imported decision log survives when the backup’s settings differ from the current ones', async () => {
    await activeMinutes(0, 8);
    await lockScreen(9); // "idle" in the log of this browser
    await activeMinutes(10, 12);
    const imported = [
      { at: START - 86_400_000, what: 'nudge', detail: 'popup' },
      { at: START - 86_000_000, what: 'connected' },
    ];
    const data = {
      settings: { ...DEFAULT_SETTINGS, thresholdMin: 45 },
      contacts: [],
      templates: ['Hi {name}'],
      rotation: null,
      stats: {},
      decisionLog: imported,
    };

    expect(await fromPage({ type: 'import', data })).toMatchObject({ ok: true });
    // The settings write woke the background (a catch-up, a look); then life goes on.
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(data.settings),
    );
    await activeMinutes(13, 14);
    await lockScreen(15);
    await dropCache(); // and the worker stops: the next one reads what was saved

    const { decisionLog } = (await fakeBrowser.storage.local.get('decisionLog')) as {
      decisionLog: { at: number; what: string }[];
    };
    expect(decisionLog.slice(0, 2)).toEqual(imported);
    expect(decisionLog.filter((line) => line.at >= START && line.at < START + 12 * MIN)).toEqual([]);
  });

  it('refuses an import whose data is not shaped like a backup, changing nothing', async () => {
    await activeMinutes(0, 2);
    const before = await fakeBrowser.storage.local.get(['contacts', 'stats']);

    expect(
      await fromPage({ type: 'import', data: { settings: {}, contacts: 'all of them' } }),
    ).toBeUndefined();

    expect(await fakeBrowser.storage.local.get(['contacts', 'stats'])).toEqual(before);
  });
});
