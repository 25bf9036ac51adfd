import { describe, expect, it } from 'vitest';
import { type CallSample, NO_CALL } from '../../../../lib/calls/call-services';
import {
  endsConnectingCall,
  initialTrackerState,
  parseTrackerState,
  step,
  type TrackerEvent,
  type TrackerState,
  view,
} from '../../../../lib/tracker/tracker';
import { at, MINUTE, SETTINGS, T0 } from './tracker-fixtures';

const MEETING_HEARD: CallSample = { meetingOpen: true, meetingHeard: true, voiceHeard: false };
const MEETING_SILENT: CallSample = { meetingOpen: true, meetingHeard: false, voiceHeard: false };
const VOICE: CallSample = { meetingOpen: false, meetingHeard: false, voiceHeard: true };

type Look = {
  watching?: boolean;
  call?: CallSample;
  screen?: { focused: boolean; fullscreenWithSound: boolean };
};
const tick = (m: number, look: Look = {}): TrackerEvent => ({
  type: 'tick',
  at: at(m),
  scheduledAt: at(m),
  ...look,
});
const idle = (m: number, look: Look = {}): TrackerEvent => ({
  type: 'activity',
  state: 'idle',
  at: at(m),
  ...look,
});
const locked = (m: number): TrackerEvent => ({ type: 'activity', state: 'locked', at: at(m) });
const active = (m: number): TrackerEvent => ({ type: 'activity', state: 'active', at: at(m) });

/** Ticks each minute in (from, to], each with the look `lookAt(minute)` returns. */
const ticks = (from: number, to: number, lookAt: (m: number) => Look = () => ({})) =>
  Array.from({ length: to - from }, (_, i) => tick(from + 1 + i, lookAt(from + 1 + i)));

function run(events: TrackerEvent[]): TrackerState {
  return events.reduce((s, e) => {
    const next = step(s, e, SETTINGS, MINUTE);
    // Every state the rules produce is one storage accepts back.
    expect(parseTrackerState(next) !== null, JSON.stringify(next)).toBe(true);
    return next;
  }, initialTrackerState(T0));
}

/**
 * Ten active minutes, then input stops at minute 10 with a film playing; each later look until
 * `until` hears it or not as `heard(minute)` says (all of them by default).
 */
const filmFromMinute10 = (until: number, heard: (m: number) => boolean = () => true): TrackerEvent[] => [
  ...ticks(0, 10),
  idle(10, { watching: true }),
  ...ticks(10, until, (m) => ({ watching: heard(m) })),
];

const solitaryMin = (s: TrackerState, m: number) =>
  view(s, SETTINGS, at(m), MINUTE, 600, '2025-01-06').solitaryMs / MINUTE;
const away = (s: TrackerState, m: number) => view(s, SETTINGS, at(m), MINUTE, 600, '2025-01-06').away;

describe('watching counts as screen time', () => {
  it('a film watched without touching anything keeps the session growing past the break', () => {
    const s = run([
      ...ticks(0, 10),
      idle(11, { watching: true }),
      ...ticks(11, 70, () => ({ watching: true })),
    ]);

    expect(s.activity).toBe('watching');
    expect(solitaryMin(s, 70)).toBe(70);
    expect(away(s, 70)).toBe(false);
  });

  it('without sound in front, going idle is the usual break', () => {
    const s = run([...ticks(0, 10), idle(11, { watching: false })]);

    expect(solitaryMin(s, 11)).toBe(11);
    expect(solitaryMin(s, 17)).toBe(0); // idle 6 minutes ≥ the 5-minute break
  });

  it('a quiet scene (one look without sound) does not end watching', () => {
    const s = run(filmFromMinute10(30, (m) => m !== 20));

    expect(s.activity).toBe('watching');
    expect(solitaryMin(s, 30)).toBe(30);
  });

  it('when the film ends, watching ends at the last look that saw it and the break counts from there', () => {
    const s = run(filmFromMinute10(40, (m) => m <= 30));

    expect(s.activity).toBe('idle');
    expect(s.idleSince).toBe(at(30));
    // Ten minutes after the last sighting the session has ended, at that sighting.
    expect(solitaryMin(s, 40)).toBe(0);
    expect(s.sessionStartedAt).toBeNull();
  });

  it('back at the keyboard, the stretch simply goes on', () => {
    const s = run([...filmFromMinute10(30), active(30)]);

    expect(s.activity).toBe('active');
    expect(solitaryMin(s, 35)).toBe(35);
  });

  it('locking the screen ends watching at once', () => {
    const s = run([...filmFromMinute10(20), locked(20)]);

    expect(s.activity).toBe('locked');
    expect(solitaryMin(s, 24)).toBe(20);
    expect(solitaryMin(s, 26)).toBe(0);
  });

  // Input stops at minute 10 with no sound in front; a later look hears sound.
  it.each<[string, number, 'watching' | 'idle', number]>([
    [
      'a quiet scene at the very moment input stopped: a look within two minutes still finds the film',
      11.5,
      'watching',
      11.5,
    ],
    [
      'sound that starts long after the person went idle is not watching (they may have left)',
      14,
      'idle',
      10,
    ],
  ])('%s', (_name, heardAt, activity, solitary) => {
    const s = run([...ticks(0, 10), idle(10, { watching: false }), tick(heardAt, { watching: true })]);

    expect(s.activity).toBe(activity);
    expect(solitaryMin(s, heardAt)).toBe(solitary);
  });

  it('with a 1-minute break, a look within two minutes still finds the film, and the break waits for it', () => {
    const oneMinute = { ...SETTINGS, breakMin: 1 };
    const events = [...ticks(0, 10), idle(10, { watching: false })];
    const waiting = events.reduce((s, e) => step(s, e, oneMinute, MINUTE), initialTrackerState(T0));

    const found = step(waiting, tick(11.5, { watching: true }), oneMinute, MINUTE);
    const missed = step(waiting, tick(11.5, { watching: false }), oneMinute, MINUTE);

    expect(found.activity).toBe('watching');
    expect(view(found, oneMinute, at(11.5), MINUTE, 600, '2025-01-06').solitaryMs / MINUTE).toBe(11.5);
    // No film: once the chance has passed, the break ends the session where the idle span began.
    expect(view(missed, oneMinute, at(12.5), MINUTE, 600, '2025-01-06').away).toBe(true);
  });

  it('the cap is not undone by the next look that still hears the film', () => {
    const s = run(filmFromMinute10(192));

    expect(s.activity).toBe('idle');
    expect(s.idleSince).toBe(at(190));
  });

  it('watching without any input stops counting after three hours', () => {
    const s = run(filmFromMinute10(200));

    // Ten active minutes, then 180 of watching; the idle span from minute 190 ended the session.
    expect(s.sessionStartedAt).toBeNull();
    expect(away(s, 200)).toBe(true);
    expect(solitaryMin(s, 189)).toBe(0); // the view at 200 already knows the session ended
  });

  it('a silence while watching (the lid closed) is a break like any other', () => {
    const s = run([...filmFromMinute10(20), tick(60, { watching: false })]);

    expect(s.activity).toBe('idle');
    expect(s.sessionStartedAt).toBeNull();
  });
});

describe('calls are recognised like a person would', () => {
  it('a meeting with long silences is one call, and ends as a connection moment', () => {
    const heard = (m: number): Look => ({ call: m % 4 === 0 ? MEETING_HEARD : MEETING_SILENT });
    const s = run([...ticks(0, 30), ...ticks(30, 60, heard), tick(61, { call: NO_CALL })]);

    expect(s.callSince).toBeNull();
    // The call went from minute 32 to 61: solitary time starts again at its end.
    expect(solitaryMin(s, 64)).toBe(3);
  });

  it('a meeting that falls silent for five minutes ends at its last sound', () => {
    const s = run([
      ...ticks(0, 30, () => ({ call: NO_CALL })),
      ...ticks(30, 40, () => ({ call: MEETING_HEARD })),
      ...ticks(40, 46, () => ({ call: MEETING_SILENT })),
    ]);

    expect(s.callSince).toBeNull();
    expect(solitaryMin(s, 46)).toBe(6);
  });

  it('a meeting carried on by a chat site when its tab leaves ends as that call does, at its last sound', () => {
    const both: CallSample = { meetingOpen: true, meetingHeard: true, voiceHeard: true };
    const call = [
      ...ticks(0, 10),
      tick(11, { call: both }),
      tick(12, { call: VOICE }),
      tick(13, { call: VOICE }),
      tick(14, { call: NO_CALL }),
    ];

    const quiet = run(call);
    const later = run([...call, tick(19, { call: NO_CALL })]);

    // One quiet look is not the end of a huddle; five are, at its last sound.
    expect(quiet.callSince).toBe(at(11));
    expect(later.callSince).toBeNull();
    expect(solitaryMin(later, 19)).toBe(6); // a call of 2 minutes ended at 13: a connection moment
  });

  it('a chime on a chat site is not a call; a minute of sound is', () => {
    const chime = run([...ticks(0, 10), tick(11, { call: VOICE }), tick(12, { call: NO_CALL })]);
    expect(chime.callSince).toBeNull();
    expect(chime.soundSince).toBeNull();

    const huddle = run([...ticks(0, 10), tick(11, { call: VOICE }), tick(12, { call: VOICE })]);
    expect(huddle.callSince).toBe(at(11));
    expect(view(huddle, SETTINGS, at(12), MINUTE, 600, '2025-01-06').inCall).toBe(true);
  });

  it('a call of two minutes while the person sat still counts, also when the idle span ended the session', () => {
    const before = run([
      ...ticks(0, 5),
      tick(6, { call: MEETING_HEARD }),
      idle(7, { call: MEETING_HEARD }),
      ...ticks(7, 20, () => ({ call: MEETING_HEARD })),
    ]);
    const leaving = tick(21, { call: NO_CALL });

    expect(endsConnectingCall(before, leaving, SETTINGS, MINUTE)).toBe(true);
    expect(step(before, leaving, SETTINGS, MINUTE).callSince).toBeNull();
  });

  it('a call of two minutes is a connection moment for the nudge backoff too', () => {
    const ignored = run([...ticks(0, 10), { type: 'nudge-shown', at: at(10), dayKey: '2025-01-06' }]);
    const afterCall = run([
      ...ticks(0, 10),
      { type: 'nudge-shown', at: at(10), dayKey: '2025-01-06' },
      ...ticks(10, 15, () => ({ call: MEETING_HEARD })),
      tick(16, { call: NO_CALL }),
    ]);

    expect(ignored.unanswered).toBe(1);
    expect(afterCall.unanswered).toBe(0);
  });

  it("a tick's look at the window refreshes whether fullscreen video holds a nudge back", () => {
    const fullscreen = run([tick(1, { screen: { focused: true, fullscreenWithSound: true } })]);
    expect(fullscreen.fullscreenWithSound).toBe(true);

    const back = step(
      fullscreen,
      tick(2, { screen: { focused: true, fullscreenWithSound: false } }),
      SETTINGS,
      MINUTE,
    );
    expect(back.fullscreenWithSound).toBe(false);
  });

  it('a call shorter than two minutes is not a connection moment', () => {
    const before = run([...ticks(0, 10), tick(11, { call: MEETING_HEARD })]);

    expect(endsConnectingCall(before, tick(12, { call: NO_CALL }), SETTINGS, MINUTE)).toBe(false);
    expect(solitaryMin(step(before, tick(12, { call: NO_CALL }), SETTINGS, MINUTE), 12)).toBe(12);
  });
});
