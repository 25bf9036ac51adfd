/**
 * Durations in words, in the person's locale through `Intl.NumberFormat`'s unit style ("1 h 12 min"
 * in English and Spanish), the same on every surface: the popup, the toolbar's title and the
 * history. Numbers in, string out: no browser API, so the background and tests use it.
 */

/** Whole configured minutes in `ms` (never negative), given how long one minute lasts. */
export function wholeMinutes(ms: number, minuteMs: number): number {
  if (!(ms > 0) || !(minuteMs > 0)) return 0;
  return Math.floor(ms / minuteMs);
}

/**
 * The product writes "1 h 40 min" (product.md), the SI symbols. CLDR's short English units are
 * "hr" and, in some regions, "mins", so English keeps the symbols; other languages get CLDR's own.
 */
const ENGLISH_SYMBOLS = { hour: 'h', minute: 'min' } as const;

type Unit = keyof typeof ENGLISH_SYMBOLS;

/** One number of hours or minutes in `locale`: "2 h", "45 min", "1.5 h". */
export function formatUnit(locale: string, unit: Unit, n: number): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
  } catch {
    // A malformed locale tag must not break the toolbar.
    format = new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'short' });
  }
  if (!/^en\b/i.test(format.resolvedOptions().locale)) return format.format(n);
  return format
    .formatToParts(n)
    .map((part) => (part.type === 'unit' ? ENGLISH_SYMBOLS[unit] : part.value))
    .join('');
}

/**
 * "1 h 12 min", "2 h", "45 min", "0 min" in `locale`. Rounds down: saying "1 h" after 59 minutes
 * would overstate how long someone has been alone.
 */
export function formatDurationWords(ms: number, minuteMs: number, locale = 'en'): string {
  const total = wholeMinutes(ms, minuteMs);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return formatUnit(locale, 'minute', minutes);
  const h = formatUnit(locale, 'hour', hours);
  return minutes === 0 ? h : `${h} ${formatUnit(locale, 'minute', minutes)}`;
}

/** Minutes (of the clock) as `formatDurationWords` says them ("1 h 40 min"), rounded down the same way. */
export function formatHoursAndMinutes(minutes: number, locale = 'en'): string {
  return formatDurationWords(minutes * 60_000, 60_000, locale);
}

/** Whole minutes, never turned into hours ("60 min"): for the snooze buttons. */
export function formatMinutes(minutes: number, locale = 'en'): string {
  return formatUnit(locale, 'minute', Math.max(0, Math.floor(minutes)));
}
