/**
 * History, one of the concepts lib/ is grouped by: what Attune remembers of past days, on this
 * device only. `stats.ts` keeps the per-day numbers the background records; beside it, `insights.ts`
 * turns them into the Insights page's totals and words. It builds on no other concept.
 *
 * Per-day local statistics, kept on this device for 12 weeks. Pure functions: each returns a new
 * object. Minutes are configured minutes and may be fractional, because spans arrive a tick at a
 * time and rounding each one would lose the total; round when displaying.
 */
/** One local day's numbers. */
export interface DayStats {
  /** Active minutes at the screen not spent connecting. */
  solitaryMin: number;
  /** Longest solitary stretch that day, in minutes. */
  longestMin: number;
  nudges: number;
  /** Nudges the person answered by reaching out, or by saying they weren't alone (0 when absent). */
  actedOn?: number;
  connections: number;
}

/** Stats by local day key 'YYYY-MM-DD'. */
export type Stats = Record<string, DayStats>;

/** Maps an epoch ms to its local day key; injected so tests choose the time zone. */
export type DayKeyOf = (ms: number) => string;

/** How many days (today included) are kept. */
export const STATS_KEEP_DAYS = 84;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day key of `ms` in the runtime's local time zone — the default `DayKeyOf` for the glue. */
export function localDayKey(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const EMPTY_DAY: DayStats = { solitaryMin: 0, longestMin: 0, nudges: 0, connections: 0 };

function updateDay(stats: Stats, key: string, change: (day: DayStats) => DayStats): Stats {
  return { ...stats, [key]: change(stats[key] ?? EMPTY_DAY) };
}

/** The first ms in (from, to] whose day key differs from `from`'s; binary search, so DST-proof. */
function nextDayStart(from: number, to: number, dayKey: DayKeyOf): number {
  const key = dayKey(from);
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (dayKey(mid) === key) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Adds the solitary span [fromMs, toMs) to the days it covers, split at local midnights.
 * Empty or backwards spans change nothing.
 */
export function addSolitarySpan(
  stats: Stats,
  fromMs: number,
  toMs: number,
  dayKey: DayKeyOf,
  minuteMs: number,
): Stats {
  let result = stats;
  let from = fromMs;
  while (from < toMs) {
    const end = dayKey(from) === dayKey(toMs) ? toMs : nextDayStart(from, toMs, dayKey);
    const minutes = (end - from) / minuteMs;
    result = updateDay(result, dayKey(from), (d) => ({ ...d, solitaryMin: d.solitaryMin + minutes }));
    from = end;
  }
  return result;
}

/** Remembers a solitary stretch of `minutes` if it is the day's longest. */
export function recordLongest(stats: Stats, key: string, minutes: number): Stats {
  const current = stats[key]?.longestMin ?? 0;
  return minutes > current ? updateDay(stats, key, (d) => ({ ...d, longestMin: minutes })) : stats;
}

/**
 * What a day counts one at a time: `nudges` shown, nudges `actedOn` (the person reached out, or
 * weren't alone), and connection moments (`connections`).
 */
export type DayCount = 'nudges' | 'actedOn' | 'connections';

/** Counts one more of `what` on day `key`. */
export function countOn(stats: Stats, key: string, what: DayCount): Stats {
  return updateDay(stats, key, (d) => ({ ...d, [what]: (d[what] ?? 0) + 1 }));
}

/** Days since the epoch of a 'YYYY-MM-DD' key (calendar arithmetic, time-zone free), or null. */
function dayNumber(key: string): number | null {
  const m = DAY_KEY.exec(key);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Reject keys like 2024-02-31 that Date would silently roll over.
  return new Date(ms).toISOString().startsWith(key) ? ms / DAY_MS : null;
}

/**
 * Keeps the 84 days up to today and drops older days and malformed keys. Days after today are
 * kept: they come from a clock that was ahead, and losing them helps nobody.
 *
 * A save's "today" is the clock's word, and one wild reading must not make the whole history look
 * old (a clock 100 days ahead once deleted all of it). So today is trusted when the newest other
 * day with data is at most the day before it, as in daily use; after a longer gap, days are kept
 * for twelve weeks up to that newest other day, the last one known to be real. After a real
 * absence the old days go at the first save of the second day back; a clock that is wrong for a
 * day of saves writes only its one day ahead, and the next right save prunes as usual.
 */
export function pruneStats(stats: Stats, todayKey: string): Stats {
  const today = dayNumber(todayKey);
  if (today === null) return stats;
  const others = Object.keys(stats)
    .map(dayNumber)
    .filter((n): n is number => n !== null && n !== today);
  const before = others.length > 0 ? Math.max(...others) : null;
  const from = before === null || today <= before + 1 ? today : before;
  const kept: Stats = {};
  for (const [key, day] of Object.entries(stats)) {
    const n = dayNumber(key);
    if (n !== null && from - n < STATS_KEEP_DAYS) kept[key] = day;
  }
  return kept;
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isWholeCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** One day's numbers, strictly: a clean copy, or `undefined` when any number is wrong. */
export function parseDayStats(raw: unknown): DayStats | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { solitaryMin, longestMin, nudges, actedOn, connections } = raw as Record<string, unknown>;
  if (!isCount(solitaryMin) || !isCount(longestMin) || !isWholeCount(nudges) || !isWholeCount(connections)) {
    return undefined;
  }
  // Absent until a nudge is acted on that day.
  if (actedOn !== undefined && !isWholeCount(actedOn)) return undefined;
  return { solitaryMin, longestMin, nudges, ...(actedOn !== undefined && { actedOn }), connections };
}

/**
 * Repairs stored stats leniently: a damaged day (bad key or numbers) is dropped, valid days are
 * kept, and something that is not an object at all becomes empty stats. Never throws.
 */
export function repairStats(raw: unknown): Stats {
  const stats: Stats = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return stats;
  for (const [key, day] of Object.entries(raw)) {
    const parsed = parseDayStats(day);
    if (dayNumber(key) !== null && parsed) stats[key] = parsed;
  }
  return stats;
}
