/**
 * Applying an import so that it lands whole or not at all, even if a write fails or the tab closes
 * between the two stores it touches (`storage.local` for people, messages, reflections and stats;
 * `storage.sync` for settings). No browser offers a transaction across the two, so:
 *
 * 1. one `storage.local.set` writes the new local data together with a journal holding what those
 *    keys held before and the settings about to be written (one call: both land or neither does);
 * 2. the settings go to `storage.sync`;
 * 3. the journal is removed.
 *
 * Whoever opens next (the options page on load, the background at startup) calls `finishImport`:
 * a journal whose settings are already in `storage.sync` means only step 3 was missed, so the
 * import is complete; otherwise step 2 never landed and the previous local data is put back.
 */
import { browser } from 'wxt/browser';
import { canonicalJson } from '../../lib/canonical-json';
import type { Settings } from '../../lib/settings/settings';
import { LOCAL_KEYS } from './storage-keys';

const JOURNAL = LOCAL_KEYS.importJournal;
const SETTINGS = 'settings';

/** What `LOCAL_KEYS.importJournal` holds while an import is between its writes. */
export interface ImportJournal {
  /** When the import started (ms epoch). */
  at: number;
  /** The settings the import writes to `storage.sync`. */
  settings: Settings;
  /** What the replaced local keys held before the import (only keys that existed). */
  previous: Record<string, unknown>;
  /** Replaced local keys that did not exist before the import. */
  absent: string[];
}

/** An import that failed. `rollbackError` is set when putting the previous data back failed too. */
export class ImportFailed extends Error {
  constructor(
    readonly reason: unknown,
    readonly rollbackError?: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

/** Whether `raw` is a journal this code wrote (anything else is dropped, never acted on). */
export function isJournal(raw: unknown): raw is ImportJournal {
  if (typeof raw !== 'object' || raw === null) return false;
  const j = raw as Record<string, unknown>;
  return (
    typeof j.previous === 'object' &&
    j.previous !== null &&
    Array.isArray(j.absent) &&
    j.absent.every((k) => typeof k === 'string') &&
    'settings' in j
  );
}

/** Puts back what the journal says the local keys held, then forgets the journal. */
async function rollBack(journal: ImportJournal): Promise<void> {
  if (Object.keys(journal.previous).length > 0) await browser.storage.local.set(journal.previous);
  // The journal goes last: if this step is cut short, the next opener rolls back again (idempotent).
  await browser.storage.local.remove([...journal.absent, JOURNAL]);
}

/**
 * Replaces the given local keys and the synced settings, all or nothing. Throws `ImportFailed`
 * when it didn't happen (with `rollbackError` when the previous data could not be put back; the
 * journal then stays, and the next `finishImport` tries again).
 */
export async function applyImport(
  local: Record<string, unknown>,
  settings: Settings,
  now: number,
): Promise<void> {
  const keys = Object.keys(local);
  let journal: ImportJournal;
  try {
    const before = await browser.storage.local.get(keys);
    journal = {
      at: now,
      settings,
      previous: Object.fromEntries(keys.filter((k) => before[k] !== undefined).map((k) => [k, before[k]])),
      absent: keys.filter((k) => before[k] === undefined),
    };
    await browser.storage.local.set({ ...local, [JOURNAL]: journal });
  } catch (error) {
    // One write, all or nothing: nothing changed.
    throw new ImportFailed(error);
  }
  try {
    await browser.storage.sync.set({ [SETTINGS]: settings });
  } catch (error) {
    try {
      await rollBack(journal);
    } catch (rollbackError) {
      throw new ImportFailed(error, rollbackError);
    }
    throw new ImportFailed(error);
  }
  // Complete now. Should forgetting the journal fail, the next `finishImport` sees the settings in
  // place and only forgets it, so the person is told the import worked, which it did.
  await browser.storage.local.remove(JOURNAL).catch(() => undefined);
}

/** Whether an import was cut short between its writes (a journal is there), so `finishImport` has work. */
export async function importCutShort(): Promise<boolean> {
  return (await browser.storage.local.get(JOURNAL))[JOURNAL] !== undefined;
}

/**
 * Completes or undoes an import cut short between its writes (see the top of this file). Returns
 * what it did; throws when the journal is there but could not be resolved (it stays for next time).
 */
export async function finishImport(): Promise<'none' | 'completed' | 'rolled-back'> {
  const raw = (await browser.storage.local.get(JOURNAL))[JOURNAL];
  if (raw === undefined) return 'none';
  if (!isJournal(raw)) {
    // Not something this code wrote; nothing can be undone from it.
    await browser.storage.local.remove(JOURNAL);
    return 'none';
  }
  const synced = (await browser.storage.sync.get(SETTINGS))[SETTINGS];
  if (canonicalJson(synced) === canonicalJson(raw.settings)) {
    await browser.storage.local.remove(JOURNAL);
    return 'completed';
  }
  await rollBack(raw);
  return 'rolled-back';
}
