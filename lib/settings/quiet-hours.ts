/**
 * Quiet hours: a daily window of local time in which Attune never nudges.
 *
 * Times are "HH:MM" strings (24-hour clock) as stored in settings. The window may wrap midnight
 * (22:00–07:00). A window whose start equals its end is empty: we read it as "no quiet hours"
 * rather than "quiet all day", because a nudge tool that silently never nudges is worse than one
 * that can be paused on purpose.
 */

/** The quiet-hours part of the settings. */
export interface QuietWindow {
  enabled: boolean;
  /** Local "HH:MM" at which quiet begins (inclusive). */
  start: string;
  /** Local "HH:MM" at which quiet ends (exclusive). */
  end: string;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes in a day; minute-of-day values run from 0 to this minus one. */
export const MINUTES_PER_DAY = 1440;

/** Parses "HH:MM" (00:00–23:59, two digits each) into a minute of the day, or null when malformed. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** True when `text` is a well-formed "HH:MM" clock time. */
export function isValidClock(text: string): boolean {
  return parseClock(text) !== null;
}

/** Formats a minute of the day (taken modulo a day) as "HH:MM". */
export function formatClock(minuteOfDay: number): string {
  const m = ((Math.floor(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Whether `minuteOfDay` (0–1439, local) falls inside the quiet window: start inclusive, end
 * exclusive. Disabled, empty (start == end) or malformed windows are never quiet — settings are
 * validated at the storage boundary, so garbage here must not mute Attune for good.
 */
export function isQuietAt(quiet: QuietWindow, minuteOfDay: number): boolean {
  if (!quiet.enabled) return false;
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  if (start === null || end === null || start === end) return false;
  const m = ((Math.floor(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/**
 * Minutes from `minuteOfDay` until the quiet window ends, or null when it isn't quiet then; the
 * popup and the toolbar say "quiet hours until 07:00".
 */
export function minutesUntilQuietEnds(quiet: QuietWindow, minuteOfDay: number): number | null {
  if (!isQuietAt(quiet, minuteOfDay)) return null;
  const end = parseClock(quiet.end) as number;
  const m = ((Math.floor(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return (end - m + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
}

/**
 * When the quiet window Attune is in at `now` ends (ms epoch), or null when it isn't quiet then.
 * The end is the next moment the local wall clock reads the window's end, built from local date
 * parts: on the nights the clocks change, adding wall-clock minutes to epoch time would be an hour
 * off. An end that falls in a skipped hour moves forward with the clock (02:30 → 03:30); an end
 * that happens twice is the first time still ahead of `now`. `now` is read in the zone of the
 * runtime (the browser's, as the person sees it).
 */
export function quietEndsAt(quiet: QuietWindow, now: number): number | null {
  const here = new Date(now);
  if (!isQuietAt(quiet, here.getHours() * 60 + here.getMinutes())) return null;
  const end = parseClock(quiet.end) as number;
  const hour = Math.floor(end / 60);
  const minute = end % 60;
  for (const dayOffset of [0, 1]) {
    const at = new Date(here.getFullYear(), here.getMonth(), here.getDate() + dayOffset, hour, minute);
    if (at.getTime() > now) return at.getTime();
    // Date picks the earlier of a repeated wall-clock time; the later one may still be ahead.
    const repeated = at.getTime() + 3_600_000;
    const again = new Date(repeated);
    if (repeated > now && again.getHours() === hour && again.getMinutes() === minute) return repeated;
  }
  return null;
}
