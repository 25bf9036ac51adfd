/**
 * The browser side of backups: gathering what is stored, saving a file, and writing an accepted
 * import. Making and checking the file itself is pure (lib/data/backup.ts).
 */
import { browser } from 'wxt/browser';
import { type BackupData, backupFileName, makeBackup } from '../../lib/data/backup';
import { repairStats } from '../../lib/history/stats';
import { clearLiveDecisionLog, readDecisionLog } from '../../platform/decision-store';
import { applyImport } from '../../platform/import-journal';
import { saveFile } from '../../platform/save-file';
import { readContacts, readRotation, readSettings, statsItem } from '../../platform/storage';
import { LOCAL_KEYS } from '../../platform/storage-keys';
import { readLocalTemplates } from '../../platform/stored-templates';

/** Everything a backup holds, as stored now (read through the usual repair). */
export async function readAll(): Promise<BackupData & { rotation: NonNullable<BackupData['rotation']> }> {
  const [settings, contacts, templates, rotation, stats, decisionLog] = await Promise.all([
    readSettings(),
    readContacts(),
    readLocalTemplates(),
    readRotation(),
    statsItem.getValue().then(repairStats),
    readDecisionLog().then((log) => [...log]),
  ]);
  return { settings, contacts, templates, rotation, stats, decisionLog };
}

/** Saves a backup file through an `<a download>` (no downloads permission needed); returns its name. */
export async function downloadBackup(now: number): Promise<string> {
  const backup = makeBackup(await readAll(), now);
  const name = backupFileName(now);
  saveFile(name, JSON.stringify(backup, null, 2), 'application/json');
  return name;
}

/**
 * Writes an accepted import, all or nothing, even if the tab closes halfway (platform/import-journal.ts).
 * Throws `ImportFailed` when it didn't land.
 */
export async function applyBackup(data: BackupData, now: number): Promise<void> {
  await applyImport(
    {
      [LOCAL_KEYS.contacts]: data.contacts,
      [LOCAL_KEYS.templates]: data.templates,
      [LOCAL_KEYS.stats]: data.stats,
      ...(data.rotation !== null && { [LOCAL_KEYS.rotation]: data.rotation }),
      ...(data.decisionLog && { [LOCAL_KEYS.decisionLog]: data.decisionLog }),
    },
    data.settings,
    now,
  );
  // The file's log replaces this browser's, including the lines not saved to disk yet.
  if (data.decisionLog) await clearLiveDecisionLog();
}

/** Forgets the stats (the background keeps tracking from now). */
export async function clearStats(): Promise<void> {
  await statsItem.removeValue();
}

/** Clears synced settings and every local item, and gives back the call sites' host access. */
export async function resetEverything(callSites: readonly string[]): Promise<void> {
  if (callSites.length > 0) await browser.permissions.remove({ origins: [...callSites] });
  await browser.storage.sync.clear();
  await browser.storage.local.clear();
  await clearLiveDecisionLog();
}
