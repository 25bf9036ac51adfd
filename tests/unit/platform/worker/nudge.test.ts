import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, dispatchForAnswer, dropCache, onOutcome } from '../../../../platform/worker/engine';
import { maybeNudge } from '../../../../platform/worker/nudge';

const MIN = 60_000;
const START = new Date(2026, 10, 2, 10).getTime();
const SETTINGS = {
  thresholdMin: 15,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  nudgeStyle: 'popup',
  callSites: [],
};

onOutcome(maybeNudge);

let focused = true;
let cardWindows = 0;
/**
 * What `idle.queryState(15)` says: `idle` is the still moment. Asked for longer (the tracker's own
 * minute), the person is active: they rested a few seconds (WXT's fake browser has no idle API).
 */
let input: 'active' | 'idle' | 'locked' = 'idle';
let notifications = 0;

beforeEach(async () => {
  fakeBrowser.reset();
  await dropCache();
  vi.useFakeTimers({ toFake: ['Date'] });
  focused = true;
  cardWindows = 0;
  input = 'idle';
  notifications = 0;
  (fakeBrowser.idle as unknown as { queryState: (s: number) => Promise<string> }).queryState = async (
    seconds,
  ) => (seconds <= 15 || input === 'locked' ? input : 'active');
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async () => {
    notifications += 1;
    return 'attune-nudge';
  });
  // A browser without openPopup unless a test gives it one.
  delete (fakeBrowser.action as { openPopup?: unknown }).openPopup;
  delete (fakeBrowser.action as { setPopup?: unknown }).setPopup;
  await fakeBrowser.storage.sync.set({ settings: SETTINGS });
  // A browser without openPopup: the card opens in a small window, which is easy to count.
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(
    async () => ({ id: 1, focused, type: 'normal', state: 'normal' }) as never,
  );
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async () => {
    cardWindows += 1;
    return { id: 2 } as never;
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** An on-time alarm tick. */
const tick: Parameters<typeof dispatch>[0] = (at) => ({ type: 'tick', at, scheduledAt: at });

/** Lets a card being opened outside the event queue finish opening (the fake browser answers at once). */
const opened = () => new Promise((resolve) => setTimeout(resolve, 0));

async function minute(m: number, event = tick) {
  vi.setSystemTime(START + m * MIN);
  const outcome = await dispatch(event);
  await opened();
  return outcome;
}

/** Ticks every minute from `from` to `to`. */
async function browse(from: number, to: number) {
  for (let m = from; m <= to; m++) await minute(m);
}

describe('surfacing the nudge', () => {
  it('shows a due nudge once, even when more events arrive while it is being shown', async () => {
    await browse(0, 15);

    vi.setSystemTime(START + 16 * MIN);
    await Promise.all([
      dispatch(tick),
      dispatch(tick),
      dispatch((at) => ({ type: 'activity', state: 'active', at })),
    ]);
    await opened();

    expect(cardWindows).toBe(1);
    const { tracker } = (await fakeBrowser.storage.local.get('tracker')) as {
      tracker: { nudgesOnDay: number };
    };
    expect(tracker.nudgesOnDay).toBe(1);
  });

  it('waits while no browser window has focus, then shows it when one has', async () => {
    focused = false;
    await browse(0, 16);

    expect(cardWindows).toBe(0);
    focused = true;
    await minute(17, (at) => ({ type: 'context', focused: true, fullscreenWithSound: false, at }));
    await minute(17.5);

    expect(cardWindows).toBe(1);
  });

  it('is not held back by an "unfocused" that was saved before the worker stopped', async () => {
    await browse(0, 9);
    await minute(10, (at) => ({ type: 'context', focused: false, fullscreenWithSound: false, at }));
    await minute(11, (at) => ({ type: 'snooze', until: at + MIN, at })); // a transition saves "unfocused"
    await dropCache(); // the worker stops
    await fakeBrowser.alarms.create('attune-tick', { when: START + 12 * MIN, periodInMinutes: 1 });

    await browse(12, 16);

    expect(cardWindows).toBe(1);
  });

  it('counts the popup the person opened themselves as the due nudge, and opens nothing more', async () => {
    await browse(0, 14);
    const openPopup = vi.fn(async () => undefined);
    (fakeBrowser.action as unknown as { openPopup: typeof openPopup }).openPopup = openPopup;

    vi.setSystemTime(START + 15.2 * MIN);
    await dispatch((at) => ({ type: 'tick', at }), 'person'); // the popup's status request
    await browse(16, 20);

    expect(cardWindows).toBe(0);
    expect(openPopup).not.toHaveBeenCalled();
    const { stats } = (await fakeBrowser.storage.local.get('stats')) as {
      stats: Record<string, { nudges: number }>;
    };
    expect(stats['2026-11-02']?.nudges).toBe(1);
  });

  it('does not open a card window when the browser lost focus while the popup was refused: it knocks', async () => {
    let reads = 0;
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockImplementation(async () => {
      reads += 1;
      // Focused when the nudge comes due, gone by the time openPopup has been refused.
      return { id: 1, focused: reads <= 1 || focused, type: 'normal', state: 'normal' } as never;
    });
    (fakeBrowser.action as unknown as { openPopup: () => Promise<void> }).openPopup = async () => {
      focused = false;
      throw new Error('Could not find an active browser window.');
    };
    await browse(0, 14);

    await minute(15);

    expect(cardWindows).toBe(0);
    expect(notifications).toBe(1);
  });

  it('waits while one of Attune’s own pages is in front', async () => {
    const inFront = vi.fn((message: unknown) =>
      (message as { type?: string }).type === 'in-front' ? Promise.resolve(true) : undefined,
    );
    fakeBrowser.runtime.onMessage.addListener(inFront);
    await browse(0, 16);

    expect(cardWindows).toBe(0);
    expect(inFront).toHaveBeenCalled();

    fakeBrowser.runtime.onMessage.removeListener(inFront);
    await browse(17, 18);

    expect(cardWindows).toBe(1);
  });

  it('marks the card it opens by itself, and gives the toolbar button its own page back', async () => {
    const pages: string[] = [];
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setPopup = async ({ popup }: { popup: string }) => {
      pages.push(popup);
    };
    action.openPopup = vi.fn(async () => undefined);

    await browse(0, 16);

    expect(action.openPopup).toHaveBeenCalledTimes(1);
    expect(pages).toEqual(['popup.html?nudge=1', 'popup.html']);
  });

  it('marks the fallback window too', async () => {
    await browse(0, 16);

    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/popup\.html\?window=1&nudge=1$/) }),
    );
  });
});

describe('the decision log, from the nudge’s side', () => {
  /** The log as a cold worker would find it (storage.session holds the newest lines). */
  const logged = async () =>
    (
      (await fakeBrowser.storage.session.get('decisionLog')).decisionLog as {
        what: string;
        detail?: string;
      }[]
    ).map((d) => (d.detail ? `${d.what}:${d.detail}` : d.what));

  it('says once that a nudge waited for an Attune page in front, even across stopped workers', async () => {
    const inFront = (message: unknown) =>
      (message as { type?: string }).type === 'in-front' ? Promise.resolve(true) : undefined;
    fakeBrowser.runtime.onMessage.addListener(inFront);
    await browse(0, 14);
    for (let m = 15; m <= 18; m++) {
      await minute(m);
      await dropCache(); // as in real minutes, the worker stops between two alarms
    }

    fakeBrowser.runtime.onMessage.removeListener(inFront);
    await browse(19, 19);

    expect(await logged()).toEqual(['deferred:attune-page', 'nudge:window']);
  });

  it('says the nudge opened in a window because the toolbar popup could not open', async () => {
    (fakeBrowser.action as unknown as { openPopup: () => Promise<void> }).openPopup = async () => {
      throw new Error('Could not find an active browser window.');
    };

    await browse(0, 15);

    expect(await logged()).toEqual(['nudge:window']);
  });

  it('says the nudge opened in the toolbar popup, and waited while no window had focus', async () => {
    (fakeBrowser.action as unknown as { openPopup: () => Promise<void> }).openPopup = async () => undefined;
    focused = false;
    await browse(0, 16);
    focused = true;

    await minute(17, (at) => ({ type: 'context', focused: true, fullscreenWithSound: false, at }));
    await minute(17.5);

    expect(await logged()).toEqual(['deferred:unfocused', 'nudge:popup']);
  });
});

describe('the still moment: the card never takes the keyboard', () => {
  const logged = async () =>
    (
      ((await fakeBrowser.storage.session.get('decisionLog')).decisionLog ?? []) as {
        what: string;
        detail?: string;
      }[]
    ).map((d) => (d.detail ? `${d.what}:${d.detail}` : d.what));

  it('waits while input keeps flowing, says so once, and opens once the input has rested', async () => {
    input = 'active';
    await browse(0, 17);

    expect(cardWindows).toBe(0);
    expect(await logged()).toEqual(['deferred:typing']);

    input = 'idle';
    await minute(17.3);

    expect(cardWindows).toBe(1);
    expect(await logged()).toEqual(['deferred:typing', 'nudge:window']);
  });

  it('looks again once the input could have rested, without waiting for the next tick', async () => {
    input = 'active';

    await browse(0, 15);

    const check = await fakeBrowser.alarms.get('attune-still-check');
    expect(check?.scheduledTime).toBe(START + 15 * MIN + 16_000);
  });

  it('opens when the input comes to rest, though the idle time itself does not count', async () => {
    input = 'active';
    await browse(0, 16);
    input = 'idle';

    const outcome = await minute(16.5, (at) => ({ type: 'activity', state: 'idle', at }));

    expect(cardWindows).toBe(1);
    expect(outcome.view.away).toBe(true);
    expect(outcome.view.solitaryMs).toBeGreaterThanOrEqual(16 * MIN);
  });

  it('does not open on a locked screen', async () => {
    input = 'active';
    await browse(0, 16);
    input = 'locked';

    await minute(16.5, (at) => ({ type: 'activity', state: 'locked', at }));
    await minute(17);

    expect(cardWindows).toBe(0);
  });

  it('knocks once, without opening anything, when no still moment comes for three minutes', async () => {
    input = 'active';

    await browse(0, 17);
    expect(notifications).toBe(0);
    await browse(18, 25);

    expect(cardWindows).toBe(0);
    expect(notifications).toBe(1);
    expect(await logged()).toEqual(['deferred:typing', 'knock']);

    input = 'idle';
    await minute(25.5);

    expect(cardWindows).toBe(1);
  });

  it('knocks without a notification where the browser does not allow them', async () => {
    input = 'active';
    const api = fakeBrowser.notifications as unknown as { getPermissionLevel?: () => Promise<string> };
    api.getPermissionLevel = async () => 'denied';

    await browse(0, 20);

    expect(notifications).toBe(0);
    expect(await logged()).toEqual(['deferred:typing', 'knock']);
    delete api.getPermissionLevel;
  });
});

describe('waiting for the browser to show the card never holds the queue', () => {
  /** A Chromium that shows the popup only at a pause in typing: here, never. */
  function popupThatNeverShows() {
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setPopup = async () => undefined;
    action.openPopup = vi.fn(() => new Promise<void>(() => undefined));
    return action.openPopup as ReturnType<typeof vi.fn>;
  }

  it('answers the card’s status request at once while the open is still pending', async () => {
    const openPopup = popupThatNeverShows();
    await browse(0, 15);
    expect(openPopup).toHaveBeenCalledTimes(1);

    vi.setSystemTime(START + 15.5 * MIN);
    const answer = await Promise.race([
      dispatchForAnswer((at) => ({ type: 'tick', at }), 'person').then((o) => o.view.solitaryMs),
      new Promise((resolve) => setTimeout(() => resolve('held'), 200)),
    ]);

    expect(answer).toBe(15.5 * MIN);
  });

  it('keeps counting while the open is pending: the wait is no break', async () => {
    popupThatNeverShows();
    await browse(0, 15);

    await browse(16, 29);
    const outcome = await minute(30);

    expect(outcome.view.away).toBe(false);
    expect(outcome.view.solitaryMs).toBe(30 * MIN);
    const { tracker } = (await fakeBrowser.storage.local.get('tracker')) as {
      tracker: { nudgesOnDay: number };
    };
    expect(tracker.nudgesOnDay).toBe(1);
  });
});
