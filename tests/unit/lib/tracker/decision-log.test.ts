import { describe, expect, it } from 'vitest';
import {
  appendDecisions,
  type Decision,
  decisionsFor,
  isDecisionLog,
  LOG_SIZE,
  newerLog,
  parseDecisionLog,
} from '../../../../lib/tracker/decision-log';
import {
  endsConnectingCall,
  initialTrackerState,
  step,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
  view,
} from '../../../../lib/tracker/tracker';
import { at, SETTINGS as DEFAULT_SETTINGS, MINUTE } from './tracker-fixtures';

const SETTINGS: TrackerSettings = { ...DEFAULT_SETTINGS, thresholdMin: 20 };

/**
 * Feeds events through the real tracker, the way the background does: each step's entries are
 * derived from the states before and after and appended to the log. `quiet` makes every moment
 * fall inside quiet hours (ending at `QUIET_END`).
 */
function run(events: TrackerEvent[], opts: { quiet?: boolean; start?: TrackerState; log?: Decision[] } = {}) {
  const settings: TrackerSettings = opts.quiet
    ? { ...SETTINGS, quietHours: { enabled: true, start: '00:00', end: '23:59' } }
    : SETTINGS;
  let state = opts.start ?? initialTrackerState(at(0));
  let log: readonly Decision[] = opts.log ?? [];
  const moment = (s: TrackerState, now: number) => ({
    state: s,
    view: view(s, settings, now, MINUTE, opts.quiet ? 600 : 0, '2025-01-06'),
  });
  for (const event of events) {
    const next = step(state, event, settings, MINUTE);
    const ctx = {
      settings,
      minuteMs: MINUTE,
      quietUntil: opts.quiet ? QUIET_END : null,
      callConnected: endsConnectingCall(state, event, settings, MINUTE),
    };
    log = appendDecisions(log, decisionsFor(moment(state, event.at), moment(next, event.at), event, ctx));
    state = next;
  }
  return { state, log };
}

const QUIET_END = at(600);
const tick = (m: number, extra: Partial<Extract<TrackerEvent, { type: 'tick' }>> = {}): TrackerEvent => ({
  type: 'tick',
  at: at(m),
  ...extra,
});
const ticks = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => tick(from + i));
const what = (log: readonly Decision[]) => log.map((d) => (d.detail ? `${d.what}:${d.detail}` : d.what));

describe('decision log: what the tracker noticed', () => {
  it('says when the person went idle while a tab played sound (watching), and when watching ended', () => {
    const { log } = run([
      tick(1),
      { type: 'activity', state: 'idle', at: at(2), watching: true },
      tick(3, { watching: true }),
      tick(4, { watching: false }),
      tick(5, { watching: false }),
    ]);

    expect(what(log)).toEqual(['watching', 'watching-end:unseen']);
  });

  it('says watching stopped counting after the 3-hour cap', () => {
    const watchingTicks = Array.from({ length: 181 }, (_, i) => tick(3 + i, { watching: true }));

    const { log } = run([
      tick(1),
      { type: 'activity', state: 'idle', at: at(2), watching: true },
      ...watchingTicks,
    ]);

    expect(what(log)).toContain('watching-end:cap');
  });

  it('says idle, locked, back, and that a break ended the session (before being back)', () => {
    const { log } = run([
      { type: 'activity', state: 'idle', at: at(2) },
      { type: 'activity', state: 'locked', at: at(3) },
      { type: 'activity', state: 'active', at: at(20) },
    ]);

    expect(what(log)).toEqual(['idle', 'locked', 'break', 'back']);
  });

  it('names the host of a call that started, and says whether its end was a connection moment', () => {
    const meet = { meetingOpen: true, meetingHeard: true, voiceHeard: false, heardHost: 'meet.google.com' };
    const none = { meetingOpen: false, meetingHeard: false, voiceHeard: false };

    const long = run([tick(1, { call: meet }), tick(2, { call: meet }), tick(5, { call: none })]);
    const short = run([tick(1, { call: meet }), tick(2, { call: none })]);

    expect(long.log).toContainEqual({ at: at(1), what: 'call-on', detail: 'meet.google.com' });
    expect(what(long.log)).toContain('call-off:connecting');
    expect(what(short.log)).toContain('call-off:short');
  });

  it('logs reaching out, “I wasn’t alone”, snooze, pause and resume, with until when they end', () => {
    const { log } = run([
      { type: 'connected', at: at(1) },
      { type: 'not-alone', at: at(2) },
      { type: 'snooze', until: at(18), at: at(3) },
      { type: 'pause', until: at(64), at: at(4) },
      { type: 'resume', at: at(5) },
    ]);

    expect(log).toEqual([
      { at: at(1), what: 'connected' },
      { at: at(2), what: 'not-alone' },
      { at: at(3), what: 'snooze', until: at(18) },
      { at: at(4), what: 'pause', until: at(64) },
      { at: at(5), what: 'resume' },
    ]);
  });

  it('logs a browser start', () => {
    const { log } = run([{ type: 'startup', at: at(1) }]);

    expect(what(log)).toEqual(['start']);
  });
});

describe('decision log: why a nudge waited', () => {
  it('says nothing while the threshold is not reached', () => {
    const { log } = run(ticks(1, 19), { quiet: true });

    expect(log).toEqual([]);
  });

  it('a quiet night past the threshold is one line, with when the quiet hours end', () => {
    const { log } = run(ticks(1, 500), { quiet: true });

    expect(log).toEqual([{ at: at(20), what: 'deferred', detail: 'quiet-hours', until: QUIET_END }]);
  });

  it('logs again when the reason changes: a call, then no focused window', () => {
    const meet = { meetingOpen: true, meetingHeard: true, voiceHeard: false };
    const none = { meetingOpen: false, meetingHeard: false, voiceHeard: false };
    const unfocused = (m: number): TrackerEvent => ({
      type: 'context',
      focused: false,
      fullscreenWithSound: false,
      at: at(m),
    });

    const { log } = run([
      ...ticks(1, 21),
      tick(22, { call: meet }),
      tick(22.5, { call: meet }),
      tick(23, { call: none }),
      unfocused(24),
      unfocused(25),
      tick(26),
    ]);

    // The call lasted a minute (no connection moment): the nudge then waits for a focused window.
    expect(what(log)).toEqual(['call-on', 'deferred:call', 'call-off:short', 'deferred:unfocused']);
  });

  it('a worker waking with focus assumed and finding it lost again does not repeat the line', () => {
    const unfocused = (m: number): TrackerEvent => ({
      type: 'context',
      focused: false,
      fullscreenWithSound: false,
      at: at(m),
    });
    const first = run([...ticks(1, 20), unfocused(21)]);

    // A cold worker assumes focus, the nudge comes due, the glue finds no focused window again.
    const again = run([tick(22), unfocused(22)], {
      start: { ...first.state, focused: true },
      log: [...first.log],
    });

    expect(what(again.log)).toEqual(['deferred:unfocused']);
  });

  it('after a nudge, the wait before the next one goes without saying', () => {
    const shown: TrackerEvent = { type: 'nudge-shown', at: at(21), dayKey: '2025-01-06' };
    const base = run([...ticks(1, 20)]);

    const { log } = run([shown, ...ticks(22, 30)], {
      start: base.state,
      log: [...base.log, { at: at(21), what: 'nudge', detail: 'popup' }],
    });

    expect(what(log)).toEqual(['nudge:popup']);
  });
});

describe('decision log: the ring', () => {
  const entry = (i: number): Decision => ({ at: at(i), what: 'idle' });

  it('keeps the last 200: the 201st drops the oldest', () => {
    const full = appendDecisions(
      [],
      Array.from({ length: LOG_SIZE }, (_, i) => entry(i)),
    );

    const next = appendDecisions(full, [entry(LOG_SIZE)]);

    expect(full).toHaveLength(LOG_SIZE);
    expect(next).toHaveLength(LOG_SIZE);
    expect(next[0]).toEqual(entry(1));
    expect(next[LOG_SIZE - 1]).toEqual(entry(LOG_SIZE));
  });

  it('reads damaged stored data as nothing, and keeps the sound entries of a partly damaged log', () => {
    expect(parseDecisionLog('garbage')).toEqual([]);
    expect(parseDecisionLog({ 0: entry(1) })).toEqual([]);
    expect(parseDecisionLog([entry(1), null, { at: 'x', what: 'idle' }, { at: 5 }, entry(2)])).toEqual([
      entry(1),
      entry(2),
    ]);
    expect(isDecisionLog([entry(1), { at: 5, what: 'dance' }])).toBe(false);
  });

  it('drops stored entries whose time no date can hold, and keeps the rest', () => {
    const stored = [
      entry(1),
      { at: 1e16, what: 'idle' },
      { at: at(2), what: 'snooze', until: -1e16 },
      entry(3),
    ];

    expect(parseDecisionLog(stored)).toEqual([entry(1), entry(3)]);
    expect(isDecisionLog([entry(1), { at: 1e16, what: 'idle' }])).toBe(false);
  });

  it('reads the live copy when it goes further than the saved one, else the saved one', () => {
    const saved = [entry(1), entry(2)];
    const live = [entry(1), entry(2), entry(3)];

    expect(newerLog(saved, live)).toBe(live);
    expect(newerLog(saved, [])).toBe(saved);
    expect(newerLog([entry(5)], [entry(1)])).toEqual([entry(5)]);
  });

  it('reads the live copy that goes on from the saved one, even when the clock was set back since', () => {
    const saved = [entry(1), entry(5)];
    const live = [entry(1), entry(5), { at: at(4), what: 'resume' as const }];

    expect(newerLog(saved, live)).toBe(live);
  });
});
