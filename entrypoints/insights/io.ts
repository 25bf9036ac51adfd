/**
 * The Insights page's browser edge: reading and watching the stats, clearing them, and saving the
 * CSV. Everything else is pure (lib/history/insights.ts).
 */
import { repairStats, type Stats } from '../../lib/history/stats';
import { sendData } from '../../platform/shared/messages';
import { statsItem } from '../../platform/storage/storage';

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
 * Forgets the history: the background clears it inside its event queue (as the options page's
 * "Clear stats" does), so the minutes it has not saved yet are dropped rather than added to the
 * empty history. Throws with the reason when it didn't happen.
 */
export async function clearStats(): Promise<void> {
  const reply = await sendData({ type: 'clear-history' });
  if (!reply.ok) throw new Error(reply.error);
}

export { saveFile } from '../../platform/pages/save-file';
