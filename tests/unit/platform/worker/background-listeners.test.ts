import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The engine is not under test here: only which events the background listens to and what it asks.
vi.mock('../../../../platform/worker/engine', () => ({
  dispatch: vi.fn(async () => ({ state: { callSince: null } })),
  catchUp: vi.fn(async () => ({ state: { callSince: null } })),
  dropCache: vi.fn(async () => undefined),
  noteAnswer: vi.fn(async () => undefined),
  onOutcome: vi.fn(),
  TICK_ALARM: 'attune-tick',
  WATCH_CHECK_ALARM: 'attune-watch-check',
}));

const { startBackground } = await import('../../../../platform/worker/background');
const { startOnFreshBrowser } = await import('../../stub-events');
const engine = await import('../../../../platform/worker/engine');

describe('background listeners', () => {
  beforeEach(() => startOnFreshBrowser(startBackground));

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

  /** The idle listener the background registered (the fake browser doesn't implement the event). */
  const goIdle = async () => {
    const calls = vi.mocked(fakeBrowser.idle.onStateChanged.addListener).mock.calls;
    const listener = calls[calls.length - 1]?.[0] as (state: string) => void;
    vi.mocked(engine.dispatch).mockClear();
    listener('idle');
  };

  /** The idle change the background dispatched. */
  const idleEvent = () =>
    vi.waitFor(() => {
      const events = vi.mocked(engine.dispatch).mock.calls.map(([make]) => make(5));
      const found = events.find((e) => e.type === 'activity');
      if (!found) throw new Error('no idle change dispatched yet');
      return found;
    });

  const focusedWindow = () =>
    vi
      .spyOn(fakeBrowser.windows, 'getLastFocused')
      .mockResolvedValue({ id: 1, focused: true, state: 'normal', type: 'normal' } as never);

  const tickNow = async () => {
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'attune-tick',
      scheduledTime: Date.now(),
      periodInMinutes: 1,
    });
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it('while no call site is granted, reads only whether the front tab plays sound, never addresses', async () => {
    focusedWindow();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);

    await tickNow();

    expect(query.mock.calls).toEqual([[{ active: true, windowId: 1 }]]);
  });

  it('reads no tab at all with watching turned off and no call site granted', async () => {
    await fakeBrowser.storage.sync.set({ settings: { countWatching: false } });
    focusedWindow();
    const query = vi.spyOn(fakeBrowser.tabs, 'query');

    await tickNow();

    expect(query).not.toHaveBeenCalled();
  });

  it.each([
    ['the front tab plays sound', { audible: true }, 'normal', true],
    ['the front tab is muted', { audible: true, mutedInfo: { muted: true } }, 'normal', false],
    ['the front tab is silent', { audible: false }, 'normal', false],
    ['the window is fullscreen', { audible: false }, 'fullscreen', true],
  ])('going idle while %s is watching: %s', async (_what, tab, state, watching) => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({
      id: 1,
      focused: true,
      state,
      type: 'normal',
    } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, active: true, ...tab } as never]);

    await goIdle();

    expect(await idleEvent()).toMatchObject({ type: 'activity', state: 'idle', watching });
  });

  it('music in a window without focus (a screen locker took it) is not watching', async () => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({
      id: 1,
      focused: false,
      state: 'normal',
      type: 'normal',
    } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 4, active: true, audible: true } as never]);

    await goIdle();

    expect(await idleEvent()).toMatchObject({ watching: false });
  });

  it('notices a call on a granted call site at the tick', async () => {
    await fakeBrowser.storage.sync.set({ settings: { callServices: ['meet'] } });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 3, audible: true, url: 'https://meet.google.com/abc-defg-hij' } as never,
    ]);
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
    expect(makeEvent?.(5)).toMatchObject({
      type: 'tick',
      at: 5,
      call: { meetingOpen: true, meetingHeard: true, voiceHeard: false },
    });
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

  it('a call service revoked in the browser is turned off; the others stay on', async () => {
    await fakeBrowser.storage.sync.set({ settings: { callServices: ['meet', 'zoom'] } });
    const calls = vi.mocked(fakeBrowser.permissions.onRemoved.addListener).mock.calls;
    const revoked = calls[calls.length - 1]?.[0] as (p: { origins?: string[] }) => void;

    revoked({ origins: ['https://meet.google.com/*'] });

    await vi.waitFor(async () => {
      const { settings } = (await fakeBrowser.storage.sync.get('settings')) as {
        settings: { callServices: string[] };
      };
      expect(settings.callServices).toEqual(['zoom']);
    });
  });
});
