import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_CALL } from '../../../../lib/calls/call-services';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { dispatch, dispatchForAnswer, dropCache, TICK_ALARM } from '../../../../platform/worker/engine';

const MIN = 60_000;
let now = 0;

async function at(minutes: number, event: Parameters<typeof dispatch>[0]) {
  now = new Date(2026, 10, 2, 9).getTime() + minutes * MIN;
  vi.setSystemTime(now);
  return dispatch(event);
}

/** A tick as the alarm delivers it: on time, one period after the previous one. */
const tick = (ts: number) => ({ type: 'tick' as const, at: ts, scheduledAt: ts });

/** What the browser's idle API reports right now (WXT's fake browser has no idle API). */
let osIdle: 'active' | 'idle' | 'locked' = 'active';

beforeEach(async () => {
  fakeBrowser.reset();
  await dropCache();
  vi.useFakeTimers({ toFake: ['Date'] });
  osIdle = 'active';
  (fakeBrowser.idle as unknown as { queryState: () => Promise<string> }).queryState = async () => osIdle;
});

/** The worker stops: its memory is gone, storage (local and session) stays. */
const workerStops = () => dropCache();

/** The browser quits and starts again: storage.session is gone too. */
async function browserRestarts() {
  await dropCache();
  await fakeBrowser.storage.session.clear();
}

const solitaryMin = (outcome: Awaited<ReturnType<typeof dispatch>>) => outcome.view.solitaryMs / MIN;

afterEach(() => {
  vi.useRealTimers();
});

describe('background engine', () => {
  it('saves a fresh snapshot at once, then nothing on plain ticks until 5 minutes would be at risk', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    expect(writes).toHaveBeenCalledTimes(1);

    for (let m = 1; m <= 5; m++) await at(m, tick);
    expect(writes).toHaveBeenCalledTimes(1);

    await at(6, tick); // the sixth unsaved minute: a quit now would lose more than 5
    expect(writes).toHaveBeenCalledTimes(2);
  });

  it('answers a waiting page once the event is applied, before its writes; the next event still waits for them', async () => {
    await at(0, (ts) => ({ type: 'tick', at: ts }));
    for (let m = 1; m <= 9; m++) await at(m, tick);
    // A slow storage (a busy browser): the live state's write hangs until released.
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementationOnce(async (items) => {
      await slow;
      return set(items);
    });
    now += MIN;
    vi.setSystemTime(now);

    const answer = await dispatchForAnswer((ts) => ({ type: 'tick', at: ts }), 'person');
    expect(solitaryMin(answer)).toBe(10);
    let nextDone = false;
    const next = dispatch((ts) => ({ type: 'connected', at: ts })).then(() => {
      nextDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(nextDone).toBe(false);

    release();
    await next;
    expect(nextDone).toBe(true);
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

  describe('a cold worker', () => {
    it.each([
      ['the popup asking for the status', (ts: number) => ({ type: 'tick' as const, at: ts })],
      ['a settings change', (ts: number) => ({ type: 'tick' as const, at: ts })],
      [
        'a focus change',
        (ts: number) => ({ type: 'context' as const, focused: true, fullscreenWithSound: false, at: ts }),
      ],
      ['"I reached out"', (ts: number) => ({ type: 'connected' as const, at: ts })],
      ['a snooze', (ts: number) => ({ type: 'snooze' as const, until: ts + 15 * MIN, at: ts })],
    ])('keeps the session when woken by %s', async (_name, event) => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      for (let m = 1; m <= 12; m++) await at(m, tick);
      await workerStops();

      const { state, view } = await at(12.5, event);

      expect(state.sessionStartedAt).toBe(new Date(2026, 10, 2, 9).getTime());
      expect(view.sessionActiveMs).toBe(12.5 * MIN);
    });

    it('shows the running session to the popup after sleeping between alarms', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      for (let m = 1; m <= 8; m++) {
        await at(m, tick);
        await workerStops(); // Chromium stops the worker ~30 s after each alarm
      }

      expect(solitaryMin(await at(8.6, (ts) => ({ type: 'tick', at: ts })))).toBeCloseTo(8.6);
    });

    it('tracks an active person at once after a restart from a locked screen', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(5, (ts) => ({ type: 'activity', state: 'locked', at: ts }));
      await browserRestarts();
      osIdle = 'active'; // Chromium reports only changes: nothing says "active" by itself

      await at(30, (ts) => ({ type: 'tick', at: ts }));
      for (let m = 31; m < 40; m++) await at(m, tick);
      const later = await at(40, tick);

      expect(later.view.away).toBe(false);
      expect(solitaryMin(later)).toBe(10);
      expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
    });

    it('notices the person went idle while no worker was running to hear it', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(3, tick);
      await workerStops();
      osIdle = 'idle';

      const { state } = await at(3.5, (ts) => ({ type: 'tick', at: ts }));

      expect(state.activity).toBe('idle');
      expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeUndefined();
    });
  });

  describe('when a write fails', () => {
    it('keeps going in memory, says so, and saves at the next event', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      const failing = vi
        .spyOn(fakeBrowser.storage.local, 'set')
        .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'))
        .mockImplementation(set);

      const failed = await at(5, (ts) => ({ type: 'connected', at: ts }));

      expect(failed.view.solitaryMs).toBe(0);
      expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
      expect(await fakeBrowser.storage.session.get('saveError')).toMatchObject({
        saveError: { message: 'QUOTA_BYTES quota exceeded' },
      });

      await at(6, (ts) => ({ type: 'activity', state: 'idle', at: ts }));

      expect(failing).toHaveBeenCalledTimes(2);
      const { stats, tracker } = (await fakeBrowser.storage.local.get(['stats', 'tracker'])) as {
        stats: Record<string, { connections: number }>;
        tracker: { activity: string };
      };
      expect(stats['2026-11-02']?.connections).toBe(1);
      expect(tracker.activity).toBe('idle');
      expect(await fakeBrowser.storage.session.get('saveError')).toEqual({});
    });
  });

  describe('calls', () => {
    const IN_MEETING = { meetingOpen: true, meetingHeard: true, voiceHeard: false };
    it('counts a call the person listened to without touching anything as a connection moment', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(1, (ts) => ({ type: 'tick', at: ts, call: IN_MEETING }));
      await at(2, (ts) => ({ type: 'activity', state: 'idle', at: ts }));
      for (let m = 3; m <= 20; m++) {
        if (await fakeBrowser.alarms.get(TICK_ALARM)) await at(m, tick);
      }

      await at(20.5, (ts) => ({ type: 'tick', at: ts, call: NO_CALL }));

      const { stats } = (await fakeBrowser.storage.local.get('stats')) as {
        stats: Record<string, { connections: number }>;
      };
      expect(stats['2026-11-02']?.connections).toBe(1);
    });

    it('keeps the alarm running during a call while the person is idle', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(1, (ts) => ({ type: 'tick', at: ts, call: IN_MEETING }));

      await at(2, (ts) => ({ type: 'activity', state: 'idle', at: ts }));

      expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
    });
  });

  describe('nudges acted on', () => {
    const dayStats = async () =>
      ((await fakeBrowser.storage.local.get('stats')) as { stats: Record<string, { actedOn?: number }> })
        .stats['2026-11-02'];

    it('counts reaching out after a nudge as acting on it', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(10, (ts) => ({ type: 'nudge-shown', at: ts, dayKey: '2026-11-02' }));

      await at(12, (ts) => ({ type: 'connected', at: ts }));

      expect((await dayStats())?.actedOn).toBe(1);
    });

    it('counts "I wasn’t alone" after a nudge too, but not reaching out with no nudge pending', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(5, (ts) => ({ type: 'connected', at: ts }));
      await at(10, (ts) => ({ type: 'nudge-shown', at: ts, dayKey: '2026-11-02' }));

      await at(11, (ts) => ({ type: 'not-alone', at: ts }));
      await at(12, (ts) => ({ type: 'connected', at: ts }));

      expect((await dayStats())?.actedOn).toBe(1);
    });
  });

  describe('decision log', () => {
    const localLog = async () =>
      (await fakeBrowser.storage.local.get('decisionLog')).decisionLog as unknown[];
    const sessionLog = async () =>
      (await fakeBrowser.storage.session.get('decisionLog')).decisionLog as { what: string }[];

    it('costs no write of its own: an hour of ticks with an idle spell writes as often as without a log', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      const local = vi.spyOn(fakeBrowser.storage.local, 'set');
      const session = vi.spyOn(fakeBrowser.storage.session, 'set');

      for (let m = 1; m <= 60; m++) {
        if (m === 30) await at(m, (ts) => ({ type: 'activity', state: 'idle', at: ts }));
        else if (m === 32) await at(m, (ts) => ({ type: 'activity', state: 'active', at: ts }));
        else if (m !== 31) await at(m, tick);
      }

      // One session write per event and one after each snapshot (its counts are saved), and 10 local
      // ones: the two transitions and the heartbeats (every sixth minute after the last save: 6, 12,
      // 18, 24, then 38, 44, 50, 56), as without a log.
      expect(session).toHaveBeenCalledTimes(59 + 10);
      expect(local).toHaveBeenCalledTimes(10);
      expect((await sessionLog()).map((d) => d.what)).toEqual(['idle', 'back']);
    });

    it('a worker stopped before the next snapshot keeps the lines only the session had', async () => {
      // Quiet all day: past the threshold a nudge waits, which changes nothing the snapshot keeps.
      await fakeBrowser.storage.sync.set({
        settings: {
          ...DEFAULT_SETTINGS,
          thresholdMin: 25,
          quietHours: { enabled: true, start: '00:00', end: '23:59' },
        },
      });
      for (let m = 0; m <= 26; m++) await at(m, tick); // the heartbeat at 24 saved before the threshold
      const onDisk = await localLog();

      await workerStops();
      await at(27, tick);
      await at(28, (ts) => ({ type: 'connected', at: ts }));

      expect(onDisk).toEqual([]);
      // The line keeps the moment the wait began, not the moment a later worker noticed it again.
      const start = new Date(2026, 10, 2, 9).getTime();
      expect(
        ((await localLog()) as { at: number; what: string }[]).map(
          (d) => `${d.what} at ${(d.at - start) / MIN}`,
        ),
      ).toEqual(['deferred at 25', 'connected at 28']);
    });

    it('a browser restart logs the start and keeps what the last snapshot had', async () => {
      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(1, (ts) => ({ type: 'connected', at: ts }));

      await browserRestarts();
      await at(3, tick);

      expect((await sessionLog()).map((d) => d.what)).toEqual(['connected', 'start']);
    });

    it('ignores a damaged stored log and goes on', async () => {
      await fakeBrowser.storage.local.set({ decisionLog: { not: 'a list' } });
      await fakeBrowser.storage.session.set({ decisionLog: [null, 7, { at: 'soon' }] });

      await at(0, (ts) => ({ type: 'tick', at: ts }));
      await at(1, (ts) => ({ type: 'connected', at: ts }));

      expect(await localLog()).toEqual([{ at: now, what: 'connected' }]);
    });
  });
});
