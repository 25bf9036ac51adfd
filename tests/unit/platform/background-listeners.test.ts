import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The engine is not under test here: only which events the background listens to and what it asks.
vi.mock('../../../platform/engine', () => ({
  dispatch: vi.fn(async () => ({ state: { callSince: null } })),
  catchUp: vi.fn(async () => ({ state: { callSince: null } })),
  dropCache: vi.fn(async () => undefined),
  onOutcome: vi.fn(),
  TICK_ALARM: 'attune-tick',
}));

const { startBackground } = await import('../../../platform/background');
const { stubUnimplementedEvents } = await import('../stub-events');
const engine = await import('../../../platform/engine');

describe('background listeners', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined);
    stubUnimplementedEvents();
    startBackground();
  });

  it('undoes an import the last quit cut short between its two writes, then wakes the tracker', async () => {
    const before = [{ id: 'a', name: 'Sam' }];
    await fakeBrowser.storage.local.set({
      contacts: [{ id: 'b', name: 'Imported' }],
      importJournal: {
        at: 1,
        settings: { thresholdMin: 45 },
        previous: { contacts: before },
        absent: [],
      },
    });

    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled());

    expect(await fakeBrowser.storage.local.get(['contacts', 'importJournal'])).toEqual({ contacts: before });
    expect(engine.dropCache).toHaveBeenCalled();
  });

  it('is not woken by tab updates or closed tabs (page loads must not wake the worker)', () => {
    const listened = (event: unknown) => (event as { hasListeners(): boolean }).hasListeners();
    expect(listened(fakeBrowser.tabs.onUpdated)).toBe(false);
    expect(listened(fakeBrowser.tabs.onRemoved)).toBe(false);
  });

  it('reads no tab at all on a tick while no call site is granted', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query');

    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'attune-tick',
      scheduledTime: Date.now(),
      periodInMinutes: 1,
    });
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(query).not.toHaveBeenCalled();
  });

  it('notices a call on a granted call site at the tick', async () => {
    await fakeBrowser.storage.sync.set({ settings: { callSites: ['https://meet.google.com/*'] } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, audible: true } as never]);
    await new Promise((resolve) => setTimeout(resolve, 10)); // the settings change is handled first
    vi.mocked(engine.dispatch).mockClear();

    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'attune-tick',
      scheduledTime: Date.now(),
      periodInMinutes: 1,
    });

    await vi.waitFor(() => expect(vi.mocked(engine.dispatch).mock.calls.length).toBe(1));
    const makeEvent = vi.mocked(engine.dispatch).mock.calls[0]?.[0];
    // In the tick itself, so a call that just began holds back a nudge this very tick.
    expect(makeEvent?.(5)).toMatchObject({ type: 'tick', at: 5, call: true });
  });

  it.each([
    [90, 120],
    [470, 480],
  ])('"Less often" on a nudge moves a %i-minute threshold to %i', async (before, after) => {
    await fakeBrowser.storage.sync.set({ settings: { thresholdMin: before } });

    await fakeBrowser.runtime.onMessage.trigger({ type: 'less-often' }, { id: fakeBrowser.runtime.id });

    const { settings } = (await fakeBrowser.storage.sync.get('settings')) as {
      settings: { thresholdMin: number };
    };
    expect(settings.thresholdMin).toBe(after);
  });
});
