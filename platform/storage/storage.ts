/**
 * Storage, one of the folders platform/ is grouped by: where Attune's data lives, each key with one
 * owner. `storage.ts` defines every stored item and repairs what it reads through lib/. Beside it,
 * `storage-keys.ts` names the keys once; `stored-item.ts` is the item layer under the items;
 * `crisis-country.ts` keeps the crisis-line country apart, so the footer every page carries loads
 * only it; `tracker-store.ts` saves the background's session snapshot, the day's stats and the
 * decision log; `decision-store.ts` reads the decision log for the options page;
 * `import-journal.ts` makes an import land whole or not at all; and `save-error.ts` keeps the last
 * failed write for the pages to show. It imports only lib/; the other folders build on it.
 *
 * Every stored item of Attune, defined once. Settings sync across the person's browsers; everything
 * about people, history and the running session stays on this device.
 *
 * Items are typed `unknown` on purpose: what comes back from storage may be damaged or written by an
 * older version, so every read goes through a repair function from `lib/` that keeps valid fields.
 */
import { type Contact, repairContacts } from '../../lib/people/contacts';
import { repairTemplates } from '../../lib/people/templates';
import { reflectionIds } from '../../lib/reflections/reflections';
import { createRotation, type Rotation, repairRotation } from '../../lib/reflections/rotation';
import { repairSettings, type Settings } from '../../lib/settings/settings';
import { LOCAL_KEYS } from './storage-keys';
import { defineItem } from './stored-item';

/** Settings (`lib/settings/settings.ts`). Synced through `storage.sync`, so it must stay under 8 KB. */
export const settingsItem = defineItem('sync', 'settings');

/** The person's contacts (`lib/people/contacts.ts`), at most 50. Local only: never synced. */
export const contactsItem = defineItem('local', LOCAL_KEYS.contacts);

/** Message templates with `{name}` (`lib/people/templates.ts`). Local: 20 × 500 characters can exceed sync quotas. */
export const templatesItem = defineItem('local', LOCAL_KEYS.templates);

/** Per-day local stats (`lib/history/stats.ts`), 12 weeks kept. */
export const statsItem = defineItem('local', LOCAL_KEYS.stats);

/** Reflection rotation, favourites and hidden ones (`lib/reflections/rotation.ts`). */
export const rotationItem = defineItem('local', LOCAL_KEYS.rotation);

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

/** Reads the contacts, keeping every valid one and dropping only broken entries. */
export async function readContacts(): Promise<Contact[]> {
  return repairContacts(await contactsItem.getValue());
}

/** Saves contacts that were validated at the edge (`validateContactInput`). */
export async function writeContacts(contacts: Contact[]): Promise<void> {
  await contactsItem.setValue(contacts);
}

/**
 * Reads the message templates; until the person saves their own list, `defaults` (Attune's own
 * messages in the browser's language, which only a page can know).
 */
export async function readTemplates(defaults: readonly string[]): Promise<string[]> {
  return repairTemplates(await templatesItem.getValue(), defaults);
}

export async function writeTemplates(templates: string[]): Promise<void> {
  await templatesItem.setValue(templates);
}

/** Reads the reflection rotation, repaired against today's catalogue; a new one when missing. */
export async function readRotation(): Promise<Rotation> {
  const raw = await rotationItem.getValue();
  return raw === null ? createRotation(reflectionIds(), Math.random) : repairRotation(raw, reflectionIds());
}

export async function writeRotation(rotation: Rotation): Promise<void> {
  await rotationItem.setValue(rotation);
}

// The crisis-line country lives in its own module, so the popup reads it without this one.
export {
  crisisCountryItem,
  readCountryChoice,
  watchCountryChoice,
  writeCountryChoice,
} from './crisis-country';
