import fc from 'fast-check';
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
import { MINUTE, replay, T0 } from './tracker-fixtures';

const RUNS = { numRuns: 1000 };

const settingsArb: fc.Arbitrary<TrackerSettings> = fc.record({
  thresholdMin: fc.integer({ min: 15, max: 480 }),
  breakMin: fc.integer({ min: 1, max: 60 }),
  repeatMin: fc.integer({ min: 10, max: 240 }),
  dailyCap: fc.integer({ min: 1, max: 24 }),
  quietHours: fc.record({ enabled: fc.boolean(), start: fc.constant('22:00'), end: fc.constant('07:00') }),
});

/** Mostly small steps forward, sometimes long silences, now and then the clock jumps back. */
const deltaArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 3 * MINUTE }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 90 * MINUTE }) },
  { weight: 1, arbitrary: fc.integer({ min: -120 * MINUTE, max: 0 }) },
);

type Shape = (at: number) => TrackerEvent;

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  fc.constantFrom('active', 'idle', 'locked').map(
    (state): Shape =>
      (at) => ({ type: 'activity', state, at }),
  ),
  fc.integer({ min: -5 * MINUTE, max: 120 * MINUTE }).map(
    (late): Shape =>
      (at) => ({ type: 'tick', at, scheduledAt: at - late }),
  ),
  fc.constant<Shape>((at) => ({ type: 'tick', at })),
  fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.option(fc.boolean(), { nil: undefined })).map(
    ([meetingOpen, heard, voiceHeard, watching]): Shape =>
      (at) => ({
        type: 'tick',
        at,
        call: { meetingOpen, meetingHeard: meetingOpen && heard, voiceHeard },
        ...(watching !== undefined && { watching }),
      }),
  ),
  fc.tuple(fc.constantFrom('idle', 'locked'), fc.boolean()).map(
    ([state, watching]): Shape =>
      (at) => ({ type: 'activity', state, at, watching }),
  ),
  fc.constantFrom('connected', 'startup', 'resume').map(
    (type): Shape =>
      (at) => ({ type, at }),
  ),
  fc.tuple(fc.constantFrom('snooze', 'pause'), fc.integer({ min: -10 * MINUTE, max: 120 * MINUTE })).map(
    ([type, length]): Shape =>
      (at) => ({ type, until: at + length, at }),
  ),
  fc.constantFrom('2025-01-06', '2025-01-07').map(
    (dayKey): Shape =>
      (at) => ({ type: 'nudge-shown', at, dayKey }),
  ),
  fc.tuple(fc.boolean(), fc.boolean()).map(
    ([focused, fullscreenWithSound]): Shape =>
      (at) => ({ type: 'context', focused, fullscreenWithSound, at }),
  ),
);

const eventsArb: fc.Arbitrary<TrackerEvent[]> = fc
  .array(fc.tuple(deltaArb, shapeArb), { maxLength: 60 })
  .map((steps) => {
    let at = T0;
    return steps.map(([delta, shape]) => {
      at += delta;
      return shape(at);
    });
  });

const lookAt = (state: TrackerState, settings: TrackerSettings, now: number) =>
  view(state, settings, now, MINUTE, 600, '2025-01-06');

// 1,000 runs each: generous time limits, so a busy machine can't fail them on time alone.
describe('tracker properties', { timeout: 60_000 }, () => {
  it('keeps solitary ≤ session active time ≤ wall time since the session began, and counts only forward time', () => {
    fc.assert(
      fc.property(eventsArb, settingsArb, fc.nat(30 * MINUTE), (events, settings, later) => {
        let state = initialTrackerState(T0);
        let latest = T0;
        let earliest = T0;
        // Time may only be counted as the clock moves forward (a clock set back counts nothing).
        let forward = 0;
        let previous = T0;
        for (const event of events) {
          state = step(state, event, settings, MINUTE);
          latest = Math.max(latest, event.at);
          earliest = Math.min(earliest, event.at);
          forward += Math.max(0, event.at - previous);
          previous = event.at;
          const now = latest + later;
          const seen = lookAt(state, settings, now);
          const stepped = step(state, { type: 'tick', at: now }, settings, MINUTE);
          const since = stepped.sessionStartedAt;

          expect(seen.solitaryMs).toBeLessThanOrEqual(seen.sessionActiveMs);
          expect(seen.sessionActiveMs).toBeLessThanOrEqual(since === null ? 0 : now - since);
          expect(since === null || since >= earliest).toBe(true);
          expect(state.activeTotalMs).toBeLessThanOrEqual(forward);
        }
      }),
      RUNS,
    );
  });

  it('never produces negative or non-finite time, and every state is a valid snapshot', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.array(settingsArb, { minLength: 1, maxLength: 3 }),
        (events, settingsList) => {
          let state = initialTrackerState(T0);
          events.forEach((event, i) => {
            const settings = settingsList[i % settingsList.length] as TrackerSettings;
            state = step(state, event, settings, MINUTE);
            const seen = lookAt(state, settings, event.at);

            for (const ms of [seen.solitaryMs, seen.sessionActiveMs, state.solitaryMs, state.activeTotalMs]) {
              expect(Number.isFinite(ms) && ms >= 0).toBe(true);
            }
            expect(parseTrackerState(state) !== null).toBe(true);
          });
        },
      ),
      RUNS,
    );
  });

  it('gives the same result after a snapshot and restore at any point as running straight through', () => {
    fc.assert(
      fc.property(eventsArb, settingsArb, fc.nat(), (events, settings, cutSeed) => {
        const cut = events.length === 0 ? 0 : cutSeed % (events.length + 1);
        const straight = replay(events, settings);

        const snapshot = JSON.parse(JSON.stringify(replay(events.slice(0, cut), settings)));
        const parsed = parseTrackerState(snapshot);
        expect(parsed).not.toBeNull();
        const restored = replay(events.slice(cut), settings, parsed as TrackerState);

        expect(restored).toStrictEqual(straight);
      }),
      RUNS,
    );
  });

  it('reads the state at a moment exactly as a tick at that moment would leave it', () => {
    fc.assert(
      fc.property(
        eventsArb,
        settingsArb,
        fc.integer({ min: -10 * MINUTE, max: 60 * MINUTE }),
        (events, settings, d) => {
          const state = replay(events, settings);
          const now = state.lastAliveAt + d;

          const ticked = step(state, { type: 'tick', at: now }, settings, MINUTE);

          expect(lookAt(state, settings, now)).toEqual(lookAt(ticked, settings, now));
        },
      ),
      RUNS,
    );
  });
});
