/**
 * The browser side of backups: gathering what is stored, saving a file, and writing an accepted
 * import. Making and checking the file itself is pure (lib/data/backup.ts).
 */
import { type BackupData, backupFileName, makeBackup } from '../../lib/data/backup';
import { repairStats } from '../../lib/history/stats';
import { saveFile } from '../../platform/pages/save-file';
import { readLocalTemplates } from '../../platform/pages/stored-templates';
import { type DataRequest, sendData } from '../../platform/shared/messages';
import { readDecisionLog } from '../../platform/storage/decision-store';
import { ImportFailed } from '../../platform/storage/import-journal';
import { readContacts, readRotation, readSettings, statsItem } from '../../platform/storage/storage';

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
 * Has the background write an accepted import, all or nothing, even if the worker stops halfway
 * (platform/storage/import-journal.ts), inside its event queue (platform/worker/data-requests.ts).
 * Throws `ImportFailed` when it didn't land.
 */
export async function applyBackup(data: BackupData): Promise<void> {
  const reply = await sendData({ type: 'import', data });
  if (!reply.ok) {
    throw new ImportFailed(new Error(reply.error), reply.rollbackError && new Error(reply.rollbackError));
  }
}

/** Asks the background for a data write; throws with its reason when it didn't happen. */
async function ask(request: DataRequest): Promise<void> {
  const reply = await sendData(request);
  if (!reply.ok) throw new Error(reply.error);
}

/** Forgets the history; the background keeps tracking from now, counting nothing from before. */
export function clearStats(): Promise<void> {
  return ask({ type: 'clear-history' });
}

/** Clears synced settings and every local item, and gives back every host access granted. */
export function resetEverything(): Promise<void> {
  return ask({ type: 'reset' });
}
