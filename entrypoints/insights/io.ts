/**
 * The Insights page's browser edge: reading and watching the stats, clearing them, and saving the
 * CSV. Everything else is pure (lib/history/insights.ts).
 */
import { repairStats, type Stats } from '../../lib/history/stats';
import { send } from '../../platform/messages';
import { statsItem } from '../../platform/storage';

const repair = (raw: unknown): Stats => repairStats(raw);

/** The stored stats, damaged days dropped. */
export async function readStats(): Promise<Stats> {
  return repair(await statsItem.getValue());
}

/** Calls `onChange` with the repaired stats whenever the background (or a clear) changes them. */
export function watchStats(onChange: (stats: Stats) => void): () => void {
  return statsItem.watch((raw) => onChange(repair(raw)));
}

/**
 * Forgets the history, and tells the background (`data-replaced`, as the options page's "Clear
 * stats" does) so the minutes it has not saved yet are dropped rather than added to the empty
 * history.
 */
export async function clearStats(): Promise<void> {
  await statsItem.removeValue();
  await send({ type: 'data-replaced' }).catch(() => undefined);
}

export { saveFile } from '../../platform/save-file';
