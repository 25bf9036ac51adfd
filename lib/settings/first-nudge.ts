/**
 * "When can the first nudge come?" in numbers the welcome page words: how long on one's own at the
 * screen, which quiet hours hold it back, and how long a break starts the count again. Pure.
 */
import { isQuietAt, parseClock } from './quiet-hours';
import type { Settings } from './settings';

/** What the welcome page's last step says about the first nudge. */
export interface FirstNudge {
  /** Solitary minutes before the first nudge (the threshold). */
  afterMin: number;
  /** The quiet window ("22:00", "07:00"), or null when quiet hours are off or empty. */
  quiet: { start: string; end: string } | null;
  /** A break at least this long starts the count again. */
  breakMin: number;
  /**
   * Whether it is quiet hours right now (installed at 03:04, say): then no nudge comes before
   * `quiet.end` whatever the threshold, and the welcome says so ("not before 07:00").
   */
  quietNow: boolean;
}

/** The first nudge under `settings`, for a page read at `minuteOfDay` (local, 0–1439). */
export function firstNudge(
  settings: Pick<Settings, 'thresholdMin' | 'breakMin' | 'quietHours'>,
  minuteOfDay: number,
): FirstNudge {
  const { quietHours } = settings;
  const start = parseClock(quietHours.start);
  // isQuietAt answers false for every minute of a disabled, empty or malformed window.
  const quiet =
    start !== null && isQuietAt(quietHours, start) ? { start: quietHours.start, end: quietHours.end } : null;
  return {
    afterMin: settings.thresholdMin,
    quiet,
    breakMin: settings.breakMin,
    quietNow: quiet !== null && isQuietAt(quietHours, minuteOfDay),
  };
}

/**
 * Minutes as people say them in a sentence, with full unit names: "90 minutes", "1 hour",
 * "2 hours" (whole hours from two on), "150 minutes" otherwise.
 */
export function spokenMinutes(minutes: number, locale: string): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = whole >= 60 && whole % 60 === 0 && (whole === 60 || whole >= 120);
  const format = (unit: 'hour' | 'minute', n: number) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    } catch {
      return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    }
  };
  return hours ? format('hour', whole / 60) : format('minute', whole);
}
