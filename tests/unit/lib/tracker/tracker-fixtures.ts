/**
 * The tracker tests' shared fixtures: an accelerated minute (a hard-coded 60 000 in the rules would
 * make them fail), a Monday morning to start from, the default rhythm without quiet hours, and the
 * replay every suite does: events folded through `step`, as the background folds them.
 */
import {
  initialTrackerState,
  step,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
} from '../../../../lib/tracker/tracker';

export const MINUTE = 1000;
export const T0 = Date.UTC(2025, 0, 6, 9, 0);
/** `T0`'s day as the tests hand it to the tracker, which is told the day and never reads a zone. */
export const TODAY = '2025-01-06';
/** The moment `min` configured minutes after `T0`. */
export const at = (min: number) => T0 + min * MINUTE;

export const SETTINGS: TrackerSettings = {
  thresholdMin: 90,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
};

/** Replays exactly these events from `from` (a fresh session at `T0` by default). */
export function replay(
  events: readonly TrackerEvent[],
  settings: TrackerSettings = SETTINGS,
  from: TrackerState = initialTrackerState(T0),
): TrackerState {
  return events.reduce((state, event) => step(state, event, settings, MINUTE), from);
}
