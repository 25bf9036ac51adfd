/**
 * The browser side of backups: gathering what is stored, saving a file, and writing an accepted
 * import. Making and checking the file itself is pure (lib/backup.ts).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { saveFile } from '../../components/save-file';
import { readLocalTemplates } from '../../components/stored-templates';
import { type BackupData, backupFileName, makeBackup } from '../../lib/backup';
import { statsSchema } from '../../lib/stats';
import {
  readContacts,
  readRotation,
  readSettings,
  settingsItem,
  statsItem,
  writeSettings,
} from '../../platform/storage';

/** Everything a backup holds, as stored now (read through the usual repair). */
export async function readAll(): Promise<BackupData & { rotation: NonNullable<BackupData['rotation']> }> {
  const [settings, contacts, templates, rotation, stats] = await Promise.all([
    readSettings(),
    readContacts(),
    readLocalTemplates(),
    readRotation(),
    statsItem.getValue().then((raw) => v.parse(statsSchema, raw)),
  ]);
  return { settings, contacts, templates, rotation, stats };
}

/** Saves a backup file through an `<a download>` (no downloads permission needed); returns its name. */
export async function downloadBackup(now: number): Promise<string> {
  const backup = makeBackup(await readAll(), now);
  const name = backupFileName(now);
  saveFile(name, JSON.stringify(backup, null, 2), 'application/json');
  return name;
}

/**
 * Writes an accepted import: settings (sync) first, then every local part in one write. If the
 * local write fails, the previous settings are put back, so an import never lands halfway.
 */
export async function applyBackup(data: BackupData): Promise<void> {
  const previous = await settingsItem.getValue();
  await writeSettings(data.settings);
  try {
    await browser.storage.local.set({
      contacts: data.contacts,
      templates: data.templates,
      stats: data.stats,
      ...(data.rotation !== null && { rotation: data.rotation }),
    });
  } catch (error) {
    await settingsItem.setValue(previous).catch(() => undefined);
    throw error;
  }
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
}
