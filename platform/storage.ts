/**
 * Every stored item of Attune, defined once. Settings sync across the person's browsers; everything
 * about people, history and the running session stays on this device.
 *
 * Items are typed `unknown` on purpose: what comes back from storage may be damaged or written by an
 * older version, so every read goes through a repair function from `lib/` that keeps valid fields.
 */
import { storage } from 'wxt/utils/storage';
import { repairSettings, type Settings } from '../lib/settings';

/** Settings (`lib/settings.ts`). Synced through `storage.sync`, so it must stay under 8 KB. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  fallback: null,
  version: 1,
});

/** The person's contacts (`lib/contacts.ts`), at most 50. Local only: never synced. */
export const contactsItem = storage.defineItem<unknown>('local:contacts', {
  fallback: null,
  version: 1,
});

/** Message templates with `{name}` (`lib/templates.ts`). Local: 20 × 500 characters can exceed sync quotas. */
export const templatesItem = storage.defineItem<unknown>('local:templates', {
  fallback: null,
  version: 1,
});

/** The tracker's last snapshot (`lib/tracker.ts`), written on transitions only. */
export const trackerItem = storage.defineItem<unknown>('local:tracker', {
  fallback: null,
  version: 1,
});

/** Per-day local stats (`lib/stats.ts`), 12 weeks kept. */
export const statsItem = storage.defineItem<unknown>('local:stats', {
  fallback: null,
  version: 1,
});

/** Reflection rotation, favourites and hidden ones (`lib/rotation.ts`). */
export const rotationItem = storage.defineItem<unknown>('local:rotation', {
  fallback: null,
  version: 1,
});

/** Reads the settings, repairing any damaged field to its default. */
export async function readSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Saves complete, already validated settings. */
export async function writeSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Calls `onChange` with repaired settings whenever they change (here or from another browser). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(repairSettings(raw)));
}
