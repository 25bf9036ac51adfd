/**
 * Durations in words. Kept to numbers in, string out, so a localised version can swap the
 * template for `Intl.NumberFormat(locale, { style: 'unit', unit: 'hour' })` later.
 */

/** Whole configured minutes in `ms` (never negative), given how long one minute lasts. */
export function wholeMinutes(ms: number, minuteMs: number): number {
  if (!(ms > 0) || !(minuteMs > 0)) return 0;
  return Math.floor(ms / minuteMs);
}

/**
 * "1 h 12 min", "2 h", "45 min", "0 min". Rounds down: saying "1 h" after 59 minutes would
 * overstate how long someone has been alone.
 */
export function formatDurationWords(ms: number, minuteMs: number): string {
  const total = wholeMinutes(ms, minuteMs);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
