import { describe, expect, it } from 'vitest';
import {
  initialTrackerState,
  parseTrackerState,
  step,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
  view,
} from '../../../../lib/tracker/tracker';
import { at, SETTINGS as DEFAULT_SETTINGS, MINUTE, replay, T0, TODAY } from './tracker-fixtures';

const SETTINGS: TrackerSettings = { ...DEFAULT_SETTINGS, dailyCap: 24 };

const run = (events: TrackerEvent[], from?: TrackerState): TrackerState => replay(events, SETTINGS, from);

/** Ticks every minute from `from` to `to`, so no silence ever reads as a break. */
const ticks = (from: number, to: number): TrackerEvent[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ type: 'tick', at: at(from + i) }));

const shown = (m: number): TrackerEvent => ({ type: 'nudge-shown', at: at(m), dayKey: TODAY });
const dismissed = (m: number): TrackerEvent => ({ type: 'nudge-dismissed', at: at(m) });

const viewAt = (s: TrackerState, m: number) => view(s, SETTINGS, at(m), MINUTE, 600, TODAY);

/** The first minute in [from, to] at which a nudge is due again, or null. */
function nextDue(s: TrackerState, from: number, to: number): number | null {
  let state = s;
  for (let m = from; m <= to; m++) {
    state = step(state, { type: 'tick', at: at(m) }, SETTINGS, MINUTE);
    if (viewAt(state, m).nudgeDue) return m;
  }
  return null;
}

describe('backoff after unanswered nudges', () => {
  it('waits the repeat interval after the first nudge, then twice, then four times as long', () => {
    let s = run([...ticks(1, 90), shown(90)]);
    expect(nextDue(s, 91, 200)).toBe(120);

    s = run([...ticks(91, 120), shown(120)], s);
    expect(nextDue(s, 121, 300)).toBe(180);

    s = run([...ticks(121, 180), shown(180)], s);
    expect(nextDue(s, 181, 400)).toBe(300);
  });

  it('grows to at most eight times the interval', () => {
    let s = run(ticks(1, 90));
    let m = 90;
    for (let i = 0; i < 6; i++) {
      s = run([shown(m)], s);
      const due = nextDue(s, m + 1, m + 1000) as number;
      expect(due - m).toBeLessThanOrEqual(8 * 30);
      m = due;
    }
    expect(m).toBeGreaterThan(90);
  });

  it('"Not now" restarts the wait from the dismissal and makes it longer', () => {
    const s = run([...ticks(1, 90), shown(90), ...ticks(91, 95), dismissed(95)]);

    expect(nextDue(s, 96, 300)).toBe(95 + 60);
  });

  it('a connection moment clears the backoff', () => {
    const s = run([
      ...ticks(1, 90),
      shown(90),
      ...ticks(91, 120),
      shown(120),
      { type: 'connected', at: at(121) },
    ]);

    expect(s.unanswered).toBe(0);
    expect(s.lastNudgeAt).toBeNull();
  });

  it('a new day starts without backoff', () => {
    const s = run([...ticks(1, 90), shown(90), ...ticks(91, 120), shown(120)]);

    const next = step(s, { type: 'nudge-shown', at: at(121), dayKey: '2025-01-07' }, SETTINGS, MINUTE);

    expect(next.unanswered).toBe(1);
  });

  it('reads snapshots saved before backoff existed as nothing unanswered', () => {
    const { unanswered: _, ...old } = initialTrackerState(T0);

    const parsed = parseTrackerState(old);

    expect(parsed?.unanswered).toBe(0);
  });
});

describe('"I wasn\'t alone"', () => {
  it('starts solitary time from zero without ending the session or counting a reach-out', () => {
    const before = run(ticks(1, 100));

    const after = step(before, { type: 'not-alone', at: at(101) }, SETTINGS, MINUTE);

    expect(viewAt(after, 101).solitaryMs).toBe(0);
    expect(after.sessionStartedAt).toBe(before.sessionStartedAt);
    expect(viewAt(after, 101).sessionActiveMs).toBe(101 * MINUTE);
    expect(after.unanswered).toBe(0);
  });

  it('lets the nudge come back only after a whole threshold', () => {
    const s = run([...ticks(1, 90), shown(90), { type: 'not-alone', at: at(95) }]);

    expect(nextDue(s, 96, 400)).toBe(95 + 90);
  });
});
