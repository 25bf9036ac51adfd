/**
 * Loads and saves the tracker's snapshot and the daily stats. One `storage.local.set` per save, and
 * saves happen on transitions (plus a rare heartbeat), never on every tick.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { localDayKey, pruneStats, type Stats, statsSchema } from '../lib/stats';
import { initialTrackerState, type TrackerState, trackerStateSchema } from '../lib/tracker';
import { LOCAL_KEYS } from './storage-keys';

export interface Stored {
  tracker: TrackerState;
  stats: Stats;
}

export interface Loaded extends Stored {
  /** No valid snapshot was stored: the state is new and must be saved. */
  fresh: boolean;
}

/** Reads the snapshot; a missing or damaged one starts a fresh session at `now`. */
export async function loadTracker(now: number): Promise<Loaded> {
  const raw = await browser.storage.local.get([LOCAL_KEYS.tracker, LOCAL_KEYS.stats]);
  const parsed = v.safeParse(trackerStateSchema, raw[LOCAL_KEYS.tracker]);
  return {
    tracker: parsed.success ? parsed.output : initialTrackerState(now),
    stats: v.parse(statsSchema, raw[LOCAL_KEYS.stats]),
    fresh: !parsed.success,
  };
}

/** Saves snapshot and stats together (12 weeks kept). */
export async function saveTracker({ tracker, stats }: Stored, now: number): Promise<Stats> {
  const kept = pruneStats(stats, localDayKey(now));
  await browser.storage.local.set({ [LOCAL_KEYS.tracker]: tracker, [LOCAL_KEYS.stats]: kept });
  return kept;
}
