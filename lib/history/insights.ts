/**
 * The Insights page's numbers and words, from the per-day stats (`lib/history/stats.ts`). Pure: today's day
 * key, the locale and the message lookup are passed in, so tests choose the day and the language.
 *
 * Kind by design (product.md, "Gentle"): totals and plain facts only — no streaks, no scores and no
 * comparison between weeks.
 */
import { formatHoursAndMinutes, formatUnit } from '../words/duration';
import type { DayStats, Stats } from './stats';

/** Sums over a span of days: time and counts add up, the longest stretch is the longest of them. */
export type Totals = DayStats;

/** One calendar day in a view; days with nothing stored count as zero (`recorded: false`). */
export interface DayRow extends Totals {
  key: string;
  recorded: boolean;
}

/** One Monday-to-Sunday week; the current week ends today (`current: true`, fewer days). */
export interface WeekRow extends Totals {
  /** The Monday. */
  start: string;
  /** The Sunday, or today for the current week. */
  end: string;
  /** Calendar days covered (7, or 1–7 for the current week). */
  days: number;
  recorded: boolean;
  current: boolean;
}

const DAY_MS = 86_400_000;
const ZERO: Totals = { solitaryMin: 0, longestMin: 0, nudges: 0, connections: 0 };

/** Calendar arithmetic on 'YYYY-MM-DD' keys, in UTC so no time zone or DST can shift a day. */
function keyToUtc(key: string): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The day key `n` days after `key` (before, when negative). */
export function addDays(key: string, n: number): string {
  return new Date(keyToUtc(key) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 for Monday … 6 for Sunday. */
function mondayIndex(key: string): number {
  return (new Date(keyToUtc(key)).getUTCDay() + 6) % 7;
}

/** Adds up days: minutes and counts sum, the longest stretch is the maximum. */
export function totalOf(days: readonly Totals[]): Totals {
  return days.reduce<Totals>(
    (sum, d) => ({
      solitaryMin: sum.solitaryMin + d.solitaryMin,
      longestMin: Math.max(sum.longestMin, d.longestMin),
      nudges: sum.nudges + d.nudges,
      actedOn: (sum.actedOn ?? 0) + (d.actedOn ?? 0),
      connections: sum.connections + d.connections,
    }),
    ZERO,
  );
}

function dayRow(stats: Stats, key: string): DayRow {
  const day = stats[key];
  return day ? { key, ...day, recorded: true } : { key, ...ZERO, recorded: false };
}

/** The last `count` days ending today, oldest first; missing days are zeros. */
export function lastDays(stats: Stats, todayKey: string, count: number): DayRow[] {
  return Array.from({ length: count }, (_, i) => dayRow(stats, addDays(todayKey, i - count + 1)));
}

/** The last `count` Monday-start weeks, oldest first; the last one is this week, up to today. */
export function lastWeeks(stats: Stats, todayKey: string, count: number): WeekRow[] {
  const thisMonday = addDays(todayKey, -mondayIndex(todayKey));
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(thisMonday, 7 * (i - count + 1));
    const current = i === count - 1;
    const days = current ? mondayIndex(todayKey) + 1 : 7;
    const rows = Array.from({ length: days }, (_, d) => dayRow(stats, addDays(start, d)));
    return {
      start,
      end: addDays(start, days - 1),
      days,
      ...totalOf(rows),
      recorded: rows.some((r) => r.recorded),
      current,
    };
  });
}

/** The earliest day with stored numbers, or null when nothing is stored. */
export function firstDayKey(stats: Stats): string | null {
  const keys = Object.keys(stats).sort();
  return keys[0] ?? null;
}

/**
 * The days from the first day with data on: the days before it are not empty history, they are
 * before Attune was counting, so the page draws nothing for them.
 */
export function daysSinceStart(stats: Stats, todayKey: string, count: number): DayRow[] {
  const first = firstDayKey(stats);
  return first === null ? [] : lastDays(stats, todayKey, count).filter((d) => d.key >= first);
}

/** The weeks from the one holding the first day with data on (see `daysSinceStart`). */
export function weeksSinceStart(stats: Stats, todayKey: string, count: number): WeekRow[] {
  const first = firstDayKey(stats);
  return first === null ? [] : lastWeeks(stats, todayKey, count).filter((w) => w.end >= first);
}

/**
 * A chart tick in `locale`: whole minutes under an hour ("45 min"), hours above, with one decimal
 * when needed ("1.5 h") so every tick stays short enough for the axis.
 */
export function formatTick(minutes: number, locale: string): string {
  return minutes < 60
    ? formatUnit(locale, 'minute', Math.round(minutes))
    : formatUnit(locale, 'hour', Math.round(minutes / 6) / 10);
}

/** A day key as a date in `locale`, e.g. `{ weekday: 'short' }` → "Mon". */
export function formatDay(key: string, locale: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(keyToUtc(key));
}

/** A week's days as a range in `locale`, e.g. "Mar 3 – 9". */
export function formatWeek(week: Pick<WeekRow, 'start' | 'end'>, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return format.formatRange(keyToUtc(week.start), keyToUtc(week.end));
}

// --- Words ---------------------------------------------------------------------------------------

/**
 * A total worth saying "about" before: whole minutes under an hour (at least 1 if there was any
 * time at all), then to the nearest 10 minutes — exact figures would suggest a precision the
 * tracker doesn't have.
 */
export function aboutMinutes(minutes: number): number {
  if (!(minutes > 0)) return 0;
  if (minutes < 60) return Math.max(1, Math.round(minutes));
  return Math.round(minutes / 10) * 10;
}

/** The sentences `summarise` can say, in the person's language (the page backs them with `i18n.t`). */
export interface SummaryWords {
  /** BCP 47 tag used for numbers and durations. */
  locale: string;
  /** No history at all. */
  empty(): string;
  /** History exists, but nothing in the last 7 days. */
  quiet(): string;
  /** Connection moments in the last 7 days; `count` picks the plural form, `shown` is formatted. */
  reachedOut(count: number, shown: string): string;
  /** Time on one's own in the last 7 days, with the longest stretch when there was one. */
  onYourOwn(total: string, longest: string | null): string;
  /**
   * Nudges shown in the last 7 days and how many were acted on, each count picking its own plural
   * form (`count`, `actedOnCount`; "lo atendiste 0" is not Spanish), `shown` and `actedOn` formatted.
   */
  nudgesActedOn(count: number, shown: string, actedOnCount: number, actedOn: string): string;
}

/** How many days the summary talks about. */
export const SUMMARY_DAYS = 7;

/**
 * A few kind sentences about the last 7 days: how often they reached out, and roughly how much time
 * they spent on their own. Facts only, no judgement and no comparison with other weeks.
 */
export function summarise(stats: Stats, todayKey: string, words: SummaryWords): string[] {
  if (Object.keys(stats).length === 0) return [words.empty()];
  const days = lastDays(stats, todayKey, SUMMARY_DAYS);
  if (!days.some((d) => d.recorded)) return [words.quiet()];
  const week = totalOf(days);
  const lines = [
    words.reachedOut(week.connections, new Intl.NumberFormat(words.locale).format(week.connections)),
  ];
  if (week.solitaryMin > 0) {
    const longest = Math.round(week.longestMin);
    // Inside a sentence a duration stays on one line: "2" at a line's end and "h 1 min" on the next
    // reads as two things.
    const duration = (minutes: number) =>
      formatHoursAndMinutes(minutes, words.locale).replace(/ /g, '\u00a0');
    lines.push(
      words.onYourOwn(duration(aboutMinutes(week.solitaryMin)), longest > 0 ? duration(longest) : null),
    );
  }
  if (week.nudges > 0) {
    const format = new Intl.NumberFormat(words.locale).format;
    const actedOn = Math.min(week.actedOn ?? 0, week.nudges);
    lines.push(words.nudgesActedOn(week.nudges, format(week.nudges), actedOn, format(actedOn)));
  }
  return lines;
}

// --- CSV -----------------------------------------------------------------------------------------

export const CSV_HEADER = ['date', 'solitary_minutes', 'longest_minutes', 'nudges', 'connections'] as const;

/** One field, quoted per RFC 4180 §2 when it holds a comma, quote or line break. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Minutes are stored fractional (lib/history/stats.ts); two decimals keep totals honest and files readable. */
const minutesField = (n: number) => String(Math.round(n * 100) / 100);

/** Every stored day as CSV, oldest first, CRLF line ends (RFC 4180). */
export function toCsv(stats: Stats): string {
  const rows = Object.keys(stats)
    .sort()
    .map((key) => {
      const d = stats[key] as DayStats;
      return [key, minutesField(d.solitaryMin), minutesField(d.longestMin), d.nudges, d.connections];
    });
  return [CSV_HEADER, ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** `attune-insights-YYYY-MM-DD.csv` for the day it is saved. */
export function csvFileName(todayKey: string): string {
  return `attune-insights-${todayKey}.csv`;
}
