/**
 * Loads and saves the tracker's snapshot and the daily stats. One `storage.local.set` per save, and
 * saves happen on transitions (plus a rare heartbeat), never on every tick.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { localDayKey, pruneStats, type Stats, statsSchema } from '../lib/stats';
import { initialTrackerState, type TrackerState, trackerStateSchema } from '../lib/tracker';
import { LOCAL_KEYS } from './storage-keys';

/** A change to the daily stats, applied to whatever is stored when the next save happens. */
export type StatsChange = (stats: Stats) => Stats;

/** Reads the snapshot; a missing or damaged one starts a fresh session at `now` (`fresh`). */
export async function loadTracker(now: number): Promise<{ tracker: TrackerState; fresh: boolean }> {
  const raw = await browser.storage.local.get(LOCAL_KEYS.tracker);
  const parsed = v.safeParse(trackerStateSchema, raw[LOCAL_KEYS.tracker]);
  return parsed.success
    ? { tracker: parsed.output, fresh: false }
    : { tracker: initialTrackerState(now), fresh: true };
}

/**
 * Saves the snapshot and applies `changes` to the stats as stored right now, in one write (12
 * weeks kept). Reading first means stats another page replaced meanwhile (an import, "clear") are
 * changed, never overwritten with an older copy.
 */
export async function saveTracker(tracker: TrackerState, changes: StatsChange[], now: number): Promise<void> {
  const raw = await browser.storage.local.get(LOCAL_KEYS.stats);
  const stats = changes.reduce((s, change) => change(s), v.parse(statsSchema, raw[LOCAL_KEYS.stats]));
  await browser.storage.local.set({
    [LOCAL_KEYS.tracker]: tracker,
    [LOCAL_KEYS.stats]: pruneStats(stats, localDayKey(now)),
  });
}
