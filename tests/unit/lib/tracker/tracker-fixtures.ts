/**
 * The tracker tests' shared time: an accelerated minute (a hard-coded 60 000 in the rules would
 * make them fail), a Monday morning to start from, and the default rhythm without quiet hours.
 */
import type { TrackerSettings } from '../../../../lib/tracker/tracker';

export const MINUTE = 1000;
export const T0 = Date.UTC(2025, 0, 6, 9, 0);
/** `T0`'s local day in the tests' time zone (UTC). */
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
