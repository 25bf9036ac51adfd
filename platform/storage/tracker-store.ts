/**
 * Loads and saves the tracker's snapshot and the daily stats. One `storage.local.set` per save, and
 * saves happen on transitions (plus a rare heartbeat), never on every tick. The live state after
 * every event goes to `storage.session` instead: memory only, so it costs no disk write.
 */
import { browser } from 'wxt/browser';
import { canonicalJson } from '../../lib/canonical-json';
import { type PendingStats, parsePending } from '../../lib/history/pending-stats';
import { localDayKey, pruneStats, type Stats } from '../../lib/history/stats';
import type { Decision } from '../../lib/tracker/decision-log';
import { initialTrackerState, parseTrackerState, type TrackerState } from '../../lib/tracker/tracker';
import { LOCAL_KEYS, type SaveError, SESSION_KEYS } from './storage-keys';

/**
 * A stored decision log as the background reads it: only the background writes it (and an import
 * that checked it), so its lines are taken as they are, minus anything that is not a line at all;
 * the options page drops damaged lines when it shows the log (`parseDecisionLog`).
 */
function readLog(raw: unknown): Decision[] {
  return Array.isArray(raw) ? raw.filter((line) => typeof line === 'object' && line !== null) : [];
}

/** A change to the daily stats, applied to whatever is stored when the next save happens. */
export type StatsChange = (stats: Stats) => Stats;

/**
 * Reads the snapshot and the decision log saved with it; a missing or damaged snapshot starts a
 * fresh session at `now` (`fresh`), a damaged log keeps only its sound entries.
 */
export async function loadTracker(
  now: number,
): Promise<{ tracker: TrackerState; fresh: boolean; log: Decision[] }> {
  const raw = await browser.storage.local.get([LOCAL_KEYS.tracker, LOCAL_KEYS.decisionLog]);
  const tracker = parseTrackerState(raw[LOCAL_KEYS.tracker]);
  const log = readLog(raw[LOCAL_KEYS.decisionLog]);
  return { tracker: tracker ?? initialTrackerState(now), fresh: !tracker, log };
}

/**
 * Saves the snapshot and applies `changes` to the stats as stored right now, in one write (12
 * weeks kept). Reading first means stats another page replaced meanwhile (an import, "clear") are
 * changed, never overwritten with an older copy. Only Attune writes the stats (this, and an import
 * that checked them), so they are read as they are; the pages repair what they show (`repairStats`).
 */
export async function saveTracker(
  tracker: TrackerState,
  changes: StatsChange[],
  now: number,
  log: readonly Decision[],
): Promise<void> {
  const stored = (await browser.storage.local.get(LOCAL_KEYS.stats))[LOCAL_KEYS.stats];
  const before = (typeof stored === 'object' && stored !== null ? stored : {}) as Stats;
  const stats = changes.reduce((s, change) => change(s), before);
  await browser.storage.local.set({
    [LOCAL_KEYS.tracker]: tracker,
    [LOCAL_KEYS.stats]: pruneStats(stats, localDayKey(now)),
    [LOCAL_KEYS.decisionLog]: log,
  });
}

/**
 * `storage.session`, where the browser has it (Chromium 102+, Firefox 115+). It outlives the
 * worker but not the browser, which is exactly the life of the live state.
 */
function sessionArea() {
  return browser.storage.session as typeof browser.storage.local | undefined;
}

/**
 * The counts not saved yet, and the snapshot they add to: `base` is `snapshotKey` of the snapshot
 * in `storage.local` when they were counted (null: none saved yet).
 */
export interface Pending {
  base: string | null;
  days: PendingStats;
}

/**
 * A snapshot's identity, whatever order storage keeps its keys in (Chromium sorts them): two
 * different saves differ in it, since every save follows a change of state or of `lastAliveAt`.
 */
export function snapshotKey(state: TrackerState | null): string | null {
  return state && canonicalJson(state);
}

/**
 * The live state the last worker left (null: browser or extension just started, or damaged), its
 * decision log (empty when none) and its unsaved counts.
 */
export async function loadLive(): Promise<{ live: TrackerState | null; log: Decision[]; pending: Pending }> {
  const none: Pending = { base: null, days: {} };
  try {
    const raw = await sessionArea()?.get([
      SESSION_KEYS.live,
      SESSION_KEYS.decisionLog,
      SESSION_KEYS.pendingStats,
    ]);
    const pending = raw?.[SESSION_KEYS.pendingStats] as Partial<Pending> | undefined;
    return {
      live: parseTrackerState(raw?.[SESSION_KEYS.live]),
      log: readLog(raw?.[SESSION_KEYS.decisionLog]),
      pending:
        typeof pending?.base === 'string' ? { base: pending.base, days: parsePending(pending.days) } : none,
    };
  } catch {
    return { live: null, log: [], pending: none };
  }
}

/**
 * Keeps the live state, the decision log and the unsaved counts for the next worker, in one write;
 * losing it (a browser quit) costs the exactness of a restore, the log's newest lines and the
 * counts since the last snapshot.
 */
export async function saveLive(
  tracker: TrackerState,
  log: readonly Decision[],
  pending: Pending,
): Promise<void> {
  await sessionArea()
    ?.set({
      [SESSION_KEYS.live]: tracker,
      [SESSION_KEYS.decisionLog]: log,
      [SESSION_KEYS.pendingStats]: pending,
    })
    .catch(() => undefined);
}

/** Records a failed save where every page can read it, so the failure is never silent. */
export async function reportSaveError(error: unknown, now: number): Promise<void> {
  const saveError: SaveError = { at: now, message: error instanceof Error ? error.message : String(error) };
  await sessionArea()
    ?.set({ [SESSION_KEYS.saveError]: saveError })
    .catch(() => undefined);
}

/** A save went through: whatever failed before is behind us. */
export async function clearSaveError(): Promise<void> {
  await sessionArea()
    ?.remove(SESSION_KEYS.saveError)
    .catch(() => undefined);
}
