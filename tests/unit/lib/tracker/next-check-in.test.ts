import { describe, expect, it } from 'vitest';
import { type CheckInContext, nextCheckIn } from '../../../../lib/tracker/next-check-in';
import {
  initialTrackerState,
  step,
  type TrackerEvent,
  type TrackerState,
  view,
} from '../../../../lib/tracker/tracker';
import { at, MINUTE, SETTINGS, T0, TODAY } from './tracker-fixtures';

/** Minute 900 after T0 (09:00 UTC) is midnight: the end of `TODAY`. */
const END_OF_TODAY = at(900);

type Held = Parameters<typeof nextCheckIn>[0];

const BASE: Held = {
  pausedUntil: null,
  snoozedUntil: null,
  lastNudgeAt: null,
  unanswered: 0,
  nudgeDay: null,
  nudgesOnDay: 0,
};

/** At minute `m` with `solitaryMin` alone so far, no quiet hours unless given. */
function ctx(m: number, solitaryMin: number, quietEndAt: CheckInContext['quietEndAt'] = () => null) {
  return {
    now: at(m),
    solitaryMs: solitaryMin * MINUTE,
    minuteMs: MINUTE,
    todayKey: TODAY,
    endOfToday: END_OF_TODAY,
    quietEndAt,
  };
}

describe('nextCheckIn', () => {
  it.each<[string, Partial<Held>, number, object]>([
    [
      'below the threshold: once the rest is gathered',
      {},
      30,
      { kind: 'after', aloneMs: 90 * MINUTE, notBefore: at(10 + 60) },
    ],
    [
      '"Not now" past the threshold: after the repeat wait only',
      { lastNudgeAt: at(10), unanswered: 1 },
      95,
      { kind: 'after', aloneMs: null, notBefore: at(10 + 30) },
    ],
    [
      'a second unanswered nudge: the wait doubles',
      { lastNudgeAt: at(10), unanswered: 2 },
      95,
      { kind: 'after', aloneMs: null, notBefore: at(10 + 60) },
    ],
    [
      '"I wasn’t alone" after a nudge: the threshold again, the wait already over by then',
      { lastNudgeAt: at(10), unanswered: 0 },
      0,
      { kind: 'after', aloneMs: 90 * MINUTE, notBefore: at(10 + 90) },
    ],
    [
      'snoozed past the threshold: when the snooze ends',
      { snoozedUntil: at(25) },
      100,
      { kind: 'after', aloneMs: null, notBefore: at(25) },
    ],
    [
      'snoozed, but more time alone is needed after it: the later of the two',
      { snoozedUntil: at(15) },
      80,
      { kind: 'after', aloneMs: 90 * MINUTE, notBefore: at(20) },
    ],
    [
      'the day’s nudges used up: not before tomorrow',
      { nudgeDay: TODAY, nudgesOnDay: 6, lastNudgeAt: at(5), unanswered: 1 },
      120,
      { kind: 'after', aloneMs: null, notBefore: END_OF_TODAY },
    ],
    ['due: now', {}, 95, { kind: 'now' }],
    [
      'paused for an hour: until then',
      { pausedUntil: at(70) },
      95,
      { kind: 'paused', until: at(70), restOfDay: false },
    ],
    [
      'paused to midnight: for the rest of today',
      { pausedUntil: END_OF_TODAY },
      95,
      { kind: 'paused', until: END_OF_TODAY, restOfDay: true },
    ],
  ])('%s', (_name, state, solitaryMin, expected) => {
    expect(nextCheckIn({ ...BASE, ...state }, SETTINGS, ctx(10, solitaryMin))).toEqual(expected);
  });

  it('a moment inside quiet hours moves to their end', () => {
    const quietEnd = at(600);
    const quietFrom = at(50);
    const quietEndAt = (t: number) => (t >= quietFrom && t < quietEnd ? quietEnd : null);

    expect(nextCheckIn(BASE, SETTINGS, ctx(10, 30, quietEndAt))).toEqual({
      kind: 'after',
      aloneMs: 90 * MINUTE,
      notBefore: quietEnd,
    });
    expect(nextCheckIn(BASE, SETTINGS, ctx(10, 85, quietEndAt))).toEqual({
      kind: 'after',
      aloneMs: 90 * MINUTE,
      notBefore: at(15),
    });
  });

  it('names the very minute the tracker first finds a nudge due, for someone who stays at the screen', () => {
    const events: TrackerEvent[] = [
      ...Array.from({ length: 91 }, (_, i): TrackerEvent => ({ type: 'tick', at: at(i) })),
      { type: 'nudge-shown', at: at(90), dayKey: TODAY },
      { type: 'nudge-dismissed', at: at(91) },
    ];
    let s: TrackerState = events.reduce(
      (state, e) => step(state, e, SETTINGS, MINUTE),
      initialTrackerState(T0),
    );
    const v = view(s, SETTINGS, at(91), MINUTE, 600, TODAY);

    const said = nextCheckIn(s, SETTINGS, ctx(91, v.solitaryMs / MINUTE));

    let due: number | null = null;
    for (let m = 92; m < 400 && due === null; m++) {
      s = step(s, { type: 'tick', at: at(m) }, SETTINGS, MINUTE);
      if (view(s, SETTINGS, at(m), MINUTE, 600, TODAY).nudgeDue) due = at(m);
    }
    expect(said).toEqual({ kind: 'after', aloneMs: null, notBefore: due });
  });
});
