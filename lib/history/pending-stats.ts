/**
 * What the background has counted since its last save to `storage.local`, as plain data: the
 * nudges shown, connections and nudges acted on, and the longest stretch reached, per local day.
 * Plain data (not functions) so it can travel with the live state in `storage.session`: a worker
 * stopped between the live write and the snapshot write hands it to the next one, and no count is
 * lost (issue 21). The solitary minutes need no such record: they follow from the two snapshots.
 */
import { countOn, type DayCount, recordLongest, type Stats } from './stats';

/** One day's counts not saved yet. */
export interface PendingDay {
  nudges?: number;
  actedOn?: number;
  connections?: number;
  /** The longest stretch reached that day, in whole minutes. */
  longestMin?: number;
}

/** Unsaved counts by local day key. */
export type PendingStats = Record<string, PendingDay>;

const COUNTS: readonly DayCount[] = ['nudges', 'actedOn', 'connections'];

/** Adds one event's counts and the stretch it reached to the unsaved counts of `day`. */
export function notePending(
  pending: PendingStats,
  day: string,
  counts: readonly DayCount[],
  peakMin: number,
): PendingStats {
  const before = pending[day] ?? {};
  const next: PendingDay = { ...before };
  for (const what of counts) next[what] = (next[what] ?? 0) + 1;
  if (peakMin > (before.longestMin ?? 0)) next.longestMin = peakMin;
  const changed = counts.length > 0 || next.longestMin !== before.longestMin;
  return changed ? { ...pending, [day]: next } : pending;
}

/** The stats with the unsaved counts applied (the longest stretch kept if it is longer). */
export function applyPending(stats: Stats, pending: PendingStats): Stats {
  let result = stats;
  for (const [day, counts] of Object.entries(pending)) {
    if (counts.longestMin !== undefined) result = recordLongest(result, day, counts.longestMin);
    for (const what of COUNTS) {
      for (let i = 0; i < (counts[what] ?? 0); i++) result = countOn(result, day, what);
    }
  }
  return result;
}

const isCount = (x: unknown) => x === undefined || (Number.isInteger(x) && (x as number) >= 0);

/** Unsaved counts as stored by the last worker; anything damaged is dropped (never throws). */
export function parsePending(raw: unknown): PendingStats {
  const pending: PendingStats = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return pending;
  for (const [day, value] of Object.entries(raw)) {
    if (typeof value !== 'object' || value === null) continue;
    const { nudges, actedOn, connections, longestMin } = value as Record<string, unknown>;
    if (![nudges, actedOn, connections, longestMin].every(isCount)) continue;
    pending[day] = value as PendingDay;
  }
  return pending;
}
