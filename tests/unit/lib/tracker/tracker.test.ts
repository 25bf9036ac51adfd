import { describe, expect, it } from 'vitest';
import { NO_CALL } from '../../../../lib/calls/call-services';
import {
  countedSpan,
  endsConnectingCall,
  initialTrackerState,
  isMeaningfulChange,
  parseTrackerState,
  step,
  type TrackerEvent,
  type TrackerState,
  view,
} from '../../../../lib/tracker/tracker';
import { at, MINUTE, replay, SETTINGS, T0, TODAY } from './tracker-fixtures';

const IN_MEETING = { meetingOpen: true, meetingHeard: true, voiceHeard: false };

const e = {
  active: (m: number): TrackerEvent => ({ type: 'activity', state: 'active', at: at(m) }),
  idle: (m: number): TrackerEvent => ({ type: 'activity', state: 'idle', at: at(m) }),
  locked: (m: number): TrackerEvent => ({ type: 'activity', state: 'locked', at: at(m) }),
  tick: (m: number, scheduled?: number): TrackerEvent =>
    scheduled === undefined
      ? { type: 'tick', at: at(m) }
      : { type: 'tick', at: at(m), scheduledAt: at(scheduled) },
  startup: (m: number): TrackerEvent => ({ type: 'startup', at: at(m) }),
  connected: (m: number): TrackerEvent => ({ type: 'connected', at: at(m) }),
  /** A look finds a meeting tab playing sound. */
  callStart: (m: number): TrackerEvent => ({ type: 'tick', at: at(m), call: IN_MEETING }),
  /** A look finds no meeting tab any more (the person left the call). */
  callEnd: (m: number): TrackerEvent => ({ type: 'tick', at: at(m), call: NO_CALL }),
  snooze: (m: number, until: number): TrackerEvent => ({ type: 'snooze', until: at(until), at: at(m) }),
  pause: (m: number, until: number): TrackerEvent => ({ type: 'pause', until: at(until), at: at(m) }),
  resume: (m: number): TrackerEvent => ({ type: 'resume', at: at(m) }),
  nudge: (m: number, dayKey = TODAY): TrackerEvent => ({ type: 'nudge-shown', at: at(m), dayKey }),
  context: (m: number, focused: boolean, fullscreenWithSound: boolean): TrackerEvent => ({
    type: 'context',
    focused,
    fullscreenWithSound,
    at: at(m),
  }),
};

/** Ticks every minute from `from` to `to` inclusive, on time — how the alarm glue behaves. */
const ticks = (from: number, to: number): TrackerEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => e.tick(from + i, from + i));

/** Replays exactly these events: for silences, sleep and clock jumps. */
const run = (events: TrackerEvent[], settings = SETTINGS): TrackerState => replay(events, settings);

/** Replays these events with the alarm ticking on time every minute up to `untilMin`, as in life. */
function live(events: TrackerEvent[], untilMin: number, settings = SETTINGS): TrackerState {
  const merged = [...ticks(1, Math.floor(untilMin)), ...events].sort((a, b) => a.at - b.at);
  return run(merged, settings);
}

function look(
  state: TrackerState,
  nowMin: number,
  { settings = SETTINGS, minuteOfDay = 600, today = TODAY } = {},
) {
  return view(state, settings, at(nowMin), MINUTE, minuteOfDay, today);
}

describe('tracker: session and solitary time', () => {
  it.each<[string, 'live' | 'raw', TrackerEvent[], number, { solitary: number; session: number }]>([
    ['counts active time as solitary time', 'live', [], 30, { solitary: 30, session: 30 }],
    [
      'does not count a short idle span, and the session goes on',
      'live',
      [e.idle(10), e.active(14)],
      20,
      { solitary: 16, session: 16 },
    ],
    [
      'ends the session after an idle span of exactly the break length',
      'live',
      [e.idle(10), e.active(15)],
      20,
      { solitary: 5, session: 5 },
    ],
    [
      'ends the session after a long idle span, even without ticks',
      'raw',
      [e.tick(4), e.idle(5), e.active(9), e.tick(10)],
      10,
      { solitary: 6, session: 6 },
    ],
    [
      'treats a locked screen like idle',
      'live',
      [e.locked(10), e.active(20)],
      25,
      { solitary: 5, session: 5 },
    ],
    [
      'measures idle then locked as one absence',
      'live',
      [e.idle(10), e.locked(13), e.active(16)],
      20,
      { solitary: 4, session: 4 },
    ],
    [
      'ignores a repeated idle report',
      'live',
      [e.idle(10), e.idle(12), e.active(14)],
      20,
      { solitary: 16, session: 16 },
    ],
    [
      'resets solitary time on a connection moment, keeping the session',
      'live',
      [e.connected(40)],
      50,
      { solitary: 10, session: 50 },
    ],
    [
      'counts a call of two minutes as a connection moment',
      'live',
      [e.callStart(40), e.callEnd(42)],
      50,
      { solitary: 8, session: 50 },
    ],
    [
      'does not count a shorter call as a connection moment',
      'live',
      [e.callStart(40), e.callEnd(41)],
      50,
      { solitary: 50, session: 50 },
    ],
    ['ignores a call end without a start', 'live', [e.callEnd(41)], 50, { solitary: 50, session: 50 }],
    [
      'treats a silence longer than the break length and one tick period as a break',
      'raw',
      [e.tick(4), e.tick(10.5)],
      10,
      { solitary: 0, session: 0 },
    ],
    [
      'keeps the session through a silence of exactly the break length',
      'raw',
      [e.tick(5), e.tick(10)],
      10,
      { solitary: 10, session: 10 },
    ],
    [
      'treats a late alarm tick as a break (the machine slept)',
      'raw',
      [...ticks(1, 3), e.tick(40, 4), ...ticks(41, 45)],
      45,
      { solitary: 5, session: 5 },
    ],
    [
      'counts nothing after the last event heard before a silence',
      'raw',
      [...ticks(1, 3), e.tick(40, 4), e.idle(41)],
      41,
      { solitary: 1, session: 1 },
    ],
    [
      'ends the session after a silence even when the tick after it is on time (the late one was lost)',
      'raw',
      [e.tick(10, 10), e.tick(20, 20), ...ticks(21, 25)],
      25,
      { solitary: 5, session: 5 },
    ],
    [
      'treats a startup long after the last event as a break',
      'raw',
      [e.startup(20), ...ticks(21, 25)],
      25,
      { solitary: 5, session: 5 },
    ],
    [
      'continues the session on a quick restart, without counting the time the browser was gone',
      'raw',
      [e.startup(4), ...ticks(5, 10)],
      10,
      { solitary: 6, session: 6 },
    ],
    [
      'keeps the session when a restart is within the break plus how stale the snapshot may be',
      'raw',
      [{ type: 'startup', at: at(12), staleMs: 10 * MINUTE }, ...ticks(13, 20)],
      20,
      { solitary: 8, session: 8 },
    ],
    [
      'ends the session when a restart is longer than the break plus the staleness',
      'raw',
      [{ type: 'startup', at: at(16), staleMs: 10 * MINUTE }, ...ticks(17, 20)],
      20,
      { solitary: 4, session: 4 },
    ],
    [
      'keeps an idle person away after a silence until they are active',
      'raw',
      [e.idle(2), e.startup(30), e.tick(31), e.active(32), ...ticks(33, 40)],
      40,
      { solitary: 8, session: 8 },
    ],
    [
      'does not count a sleep shorter than the break (the alarm comes late)',
      'raw',
      [...ticks(1, 10), e.tick(13, 11), ...ticks(14, 20)],
      20,
      { solitary: 18, session: 18 },
    ],
    [
      'counts an alarm a few seconds late as ordinary time',
      'raw',
      [...ticks(1, 10), e.tick(11.2, 11), ...ticks(12, 20)],
      20,
      { solitary: 20, session: 20 },
    ],
    [
      'adds nothing when the clock moves back by less than the break',
      'raw',
      [e.tick(4), e.tick(1)],
      4,
      { solitary: 4, session: 4 },
    ],
    [
      'resumes counting once the clock is past the latest time seen again',
      'raw',
      [e.tick(4), e.idle(1), e.active(2), e.tick(5)],
      5,
      { solitary: 5, session: 5 },
    ],
    [
      'reads a clock set back by more than the break as a break, and counts from the new time',
      'raw',
      [...ticks(1, 30), e.tick(-60), ...ticks(-59, -50)],
      -50,
      { solitary: 10, session: 10 },
    ],
    [
      'never freezes after a big jump back, even before an event arrives',
      'raw',
      [...ticks(1, 30)],
      -58,
      { solitary: 0, session: 0 },
    ],
    [
      'reads a long idle span as a break before the person returns',
      'live',
      [e.idle(10)],
      16,
      { solitary: 0, session: 0 },
    ],
  ])('%s', (_name, mode, events, nowMin, expected) => {
    const state = mode === 'live' ? live(events, nowMin) : run(events);

    const result = look(state, nowMin);

    expect(result.solitaryMs).toBe(expected.solitary * MINUTE);
    expect(result.sessionActiveMs).toBe(expected.session * MINUTE);
  });

  it('reads a silence in view the same way a tick would', () => {
    const state = run([e.tick(10)]);

    expect(look(state, 20)).toEqual(look(step(state, e.tick(20), SETTINGS, MINUTE), 20));
    expect(look(state, 20).solitaryMs).toBe(0);
  });

  it('applies a changed break length at the next call', () => {
    const shortBreak = { ...SETTINGS, breakMin: 3 };

    const state = live([e.idle(10), e.active(14)], 20, shortBreak);

    expect(look(state, 20, { settings: shortBreak }).solitaryMs).toBe(6 * MINUTE);
  });

  it('reports the stretch and no session running while idle', () => {
    const result = look(live([e.idle(12)], 12), 12.5);

    expect(result).toMatchObject({ solitaryMs: 12 * MINUTE, away: true });
  });
});

describe('tracker: when a nudge is due', () => {
  const quiet = { ...SETTINGS, quietHours: { enabled: true, start: '22:00', end: '07:00' } };
  const sameStartEnd = { ...SETTINGS, quietHours: { enabled: true, start: '07:00', end: '07:00' } };

  it.each<[string, TrackerEvent[], number, Parameters<typeof look>[2], string | null]>([
    ['is due once solitary time reaches the threshold', [], 90, {}, null],
    ['is not due below the threshold', [], 89.9, {}, 'below-threshold'],
    ['is not due while the person is idle', [e.idle(93)], 95, {}, 'away'],
    ['is not due while paused', [e.pause(60, 120)], 95, {}, 'paused'],
    ['is due again when a pause runs out by itself', [e.pause(60, 120)], 120, {}, null],
    ['is due again after resume', [e.pause(60, 120), e.resume(70)], 95, {}, null],
    ['is not due while snoozed', [e.snooze(91, 100)], 95, {}, 'snoozed'],
    ['is due when the snooze runs out', [e.snooze(91, 100)], 100, {}, null],
    [
      'is not due in quiet hours before midnight',
      [],
      95,
      { settings: quiet, minuteOfDay: 23 * 60 },
      'quiet-hours',
    ],
    [
      'is not due in quiet hours after midnight',
      [],
      95,
      { settings: quiet, minuteOfDay: 6 * 60 + 59 },
      'quiet-hours',
    ],
    ['is due when quiet hours end', [], 95, { settings: quiet, minuteOfDay: 7 * 60 }, null],
    ['ignores quiet hours that are switched off', [], 95, { minuteOfDay: 23 * 60 }, null],
    [
      'ignores quiet hours whose start equals their end',
      [],
      95,
      { settings: sameStartEnd, minuteOfDay: 7 * 60 },
      null,
    ],
    [
      'is not due over the daily cap',
      [e.nudge(0), e.nudge(1)],
      95,
      { settings: { ...SETTINGS, dailyCap: 2 } },
      'daily-cap',
    ],
    [
      'starts a fresh cap on a new day',
      [e.nudge(0), e.nudge(1)],
      95,
      { settings: { ...SETTINGS, dailyCap: 2 }, today: '2025-01-07' },
      null,
    ],
    [
      'counts the cap per day',
      [e.nudge(0, '2025-01-05'), e.nudge(1)],
      95,
      { settings: { ...SETTINGS, dailyCap: 2 } },
      null,
    ],
    ['waits the repeat interval after an ignored nudge', [e.nudge(91)], 120, {}, 'repeat-wait'],
    ['repeats an ignored nudge after the repeat interval', [e.nudge(91)], 121, {}, null],
    ['drops the repeat wait when the person connects', [e.nudge(91), e.connected(92)], 182, {}, null],
    ['is not due during a call', [e.callStart(92)], 95, {}, 'call'],
    ['is due after a short call ends', [e.callStart(92), e.callEnd(93)], 95, {}, null],
    ['is not due while the browser is unfocused', [e.context(92, false, false)], 95, {}, 'unfocused'],
    ['is due when focus comes back', [e.context(92, false, false), e.context(94, true, false)], 95, {}, null],
    ['is not due over a fullscreen video with sound', [e.context(92, true, true)], 95, {}, 'fullscreen'],
  ])('%s', (_name, events, nowMin, options, expected) => {
    const state = live(events, nowMin);

    const result = look(state, nowMin, options);

    expect(result.deferredBy).toBe(expected);
    expect(result.nudgeDue).toBe(expected === null);
  });

  it('exposes pause and snooze end times only while they hold', () => {
    const state = run([e.pause(10, 20), e.snooze(11, 30)]);

    expect(look(state, 15)).toMatchObject({ paused: true, pausedUntil: at(20), snoozedUntil: at(30) });
    expect(look(state, 21)).toMatchObject({ paused: false, pausedUntil: null, snoozedUntil: at(30) });
  });

  it('ignores a pause or snooze that is already over', () => {
    const state = run([e.pause(10, 5), e.snooze(10, 10)]);

    expect(state).toMatchObject({ pausedUntil: null, snoozedUntil: null });
  });
});

describe('tracker: persistence', () => {
  const base = run([e.tick(1)]);

  it.each<[string, TrackerEvent, boolean]>([
    ['a plain tick', e.tick(2, 2), false],
    ['a repeated activity report', e.active(2), false],
    ['an unchanged context', e.context(2, true, false), false],
    ['going idle', e.idle(2), true],
    ['a connection moment', e.connected(2), true],
    ['a snooze', e.snooze(2, 20), true],
    ['a pause', e.pause(2, 20), true],
    ['a nudge shown', e.nudge(2), true],
    ['a call starting', e.callStart(2), true],
    ['a change of focus', e.context(2, false, false), true],
    ['a startup after a break (a new session)', e.startup(30), true],
  ])('says whether %s must be saved', (_name, event, expected) => {
    const next = step(base, event, SETTINGS, MINUTE);

    expect(isMeaningfulChange(base, next)).toBe(expected);
  });

  it('saves a tick that ends a session through a long idle span', () => {
    const idle = run([e.idle(2)]);

    expect(isMeaningfulChange(idle, step(idle, e.tick(7, 7), SETTINGS, MINUTE))).toBe(true);
  });

  it('saves a call end', () => {
    const inCall = run([e.callStart(2)]);

    expect(isMeaningfulChange(inCall, step(inCall, e.callEnd(3), SETTINGS, MINUTE))).toBe(true);
  });

  it('never mutates the state it is given', () => {
    const state = Object.freeze(run([e.callStart(1), e.pause(1, 3)]));
    const copy = structuredClone(state);

    const events = [
      e.active(2),
      e.idle(2),
      e.locked(2),
      e.tick(2, 2),
      e.startup(9),
      e.connected(2),
      e.callStart(2),
      e.callEnd(4),
      e.snooze(2, 9),
      e.pause(2, 9),
      e.resume(2),
      e.nudge(2),
      e.context(2, false, true),
    ];
    for (const event of events) step(state, event, SETTINGS, MINUTE);

    expect(state).toEqual(copy);
  });

  it('accepts its own snapshot after a JSON round trip', () => {
    const state = run([e.idle(3), e.pause(3, 9), e.nudge(4), e.callStart(4)]);

    expect(parseTrackerState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a missing field', { solitaryMs: undefined }],
    ['a number stored as text', { lastAliveAt: '123' }],
    ['an unknown activity', { activity: 'sleeping' }],
    ['negative time', { solitaryMs: -1, sessionActiveMs: -1 }],
    ['solitary time above session time', { solitaryMs: 5 }],
    ['a running stretch while idle', { activity: 'idle', idleSince: T0 }],
  ])('rejects a snapshot with %s', (_name, damage) => {
    const snapshot = { ...initialTrackerState(T0), ...damage };

    expect(parseTrackerState(snapshot) !== null).toBe(false);
  });

  it('gives the active span counted between two snapshots, for the stats', () => {
    const prev = live([], 10);

    const next = step(prev, e.idle(12), SETTINGS, MINUTE);

    expect(countedSpan(prev, next)).toEqual({ from: at(10), to: at(12) });
    expect(countedSpan(next, step(next, e.tick(13), SETTINGS, MINUTE))).toBeNull();
  });
});

describe('tracker: a clock set back', () => {
  it('keeps a snooze asked for while the clock is behind the latest time seen', () => {
    const before = run([...ticks(1, 10)]);

    const state = step(before, e.snooze(8, 23), SETTINGS, MINUTE);

    expect(look(state, 10).snoozedUntil).toBe(at(25));
    expect(state.snoozedUntil).toBe(at(25));
  });

  it('keeps a snooze asked for after a big jump back', () => {
    const jumped = run([...ticks(1, 10), e.tick(-50)]);

    const state = step(jumped, e.snooze(-49, -34), SETTINGS, MINUTE);

    expect(look(state, -45).snoozedUntil).toBe(at(-34));
  });

  it('keeps the time a running snooze and pause had left', () => {
    const before = run([...ticks(1, 10), e.snooze(10, 40), e.pause(10, 70)]);

    const state = step(before, e.tick(-50), SETTINGS, MINUTE);

    expect(state.snoozedUntil).toBe(at(-20));
    expect(state.pausedUntil).toBe(at(10));
  });
});

describe('tracker: calls as connection moments', () => {
  const callSettings = { ...SETTINGS, breakMin: 5 };

  it('counts a call during which the person was idle long enough to end the session', () => {
    const state = run([...ticks(1, 2), e.callStart(2), e.idle(3), ...ticks(4, 20)], callSettings);

    expect(endsConnectingCall(state, e.callEnd(20), callSettings, MINUTE)).toBe(true);
  });

  it('does not count a call cut short by a silence (the machine slept)', () => {
    const state = run([...ticks(1, 2), e.callStart(2)], callSettings);

    expect(endsConnectingCall(state, e.callEnd(30), callSettings, MINUTE)).toBe(false);
  });

  it('does not count a call shorter than two minutes', () => {
    const state = run([...ticks(1, 2), e.callStart(2)], callSettings);

    expect(endsConnectingCall(state, e.callEnd(3), callSettings, MINUTE)).toBe(false);
  });
});
