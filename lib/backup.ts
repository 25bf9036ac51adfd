/**
 * Backups: one JSON file with everything Attune keeps, made and read here without any browser API.
 *
 * Reading is strict, unlike reading storage: a damaged file is rejected as a whole with a reason the
 * person can act on, never half-applied and never silently repaired. Older files are migrated.
 *
 * Version history:
 * - 1: `{ app, version: 1, exportedAt, settings, contacts, templates, stats }`, settings with flat
 *   `quietEnabled` / `quietStart` / `quietEnd` and no reflection rotation.
 * - 2: settings carry `quietHours: { enabled, start, end }`; the rotation (favourites, hidden) is kept.
 */
import * as v from 'valibot';
import { type Contact, MAX_CONTACTS, validateContactInput } from './contacts';
import { reflectionIds } from './reflections';
import { type Rotation, repairRotation } from './rotation';
import { fieldSchemas, isCallSitePattern, type Settings } from './settings';
import { dayStatsSchema, localDayKey, type Stats } from './stats';
import { MAX_TEMPLATES, validateTemplate } from './templates';

export const BACKUP_APP = 'attune';
export const BACKUP_VERSION = 2;
/** Far above any real backup (50 people and 20 messages are well under 100 KB). */
export const MAX_BACKUP_BYTES = 1024 * 1024;

/** What a backup restores. `rotation` is null when the file predates it (version 1): keep the current one. */
export interface BackupData {
  settings: Settings;
  contacts: Contact[];
  templates: string[];
  rotation: Rotation | null;
  stats: Stats;
}

/** The file as written. */
export interface Backup extends BackupData {
  app: typeof BACKUP_APP;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  rotation: Rotation;
}

export type ParseResult = { ok: true; data: BackupData } | { ok: false; error: string };

/** Keys that could reach an object's prototype if the data were ever merged carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const SETTING_LABELS: Record<keyof Settings, string> = {
  thresholdMin: '“nudge after”',
  breakMin: 'the break length',
  repeatMin: '“repeat after”',
  dailyCap: 'nudges a day',
  quietHours: 'quiet hours',
  nudgeStyle: 'the nudge style',
  callSites: 'call sites',
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A backup of the given data, stamped with `now` (epoch ms). */
export function makeBackup(data: Omit<BackupData, 'rotation'> & { rotation: Rotation }, now: number): Backup {
  return {
    app: BACKUP_APP,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: data.settings,
    contacts: data.contacts,
    templates: data.templates,
    rotation: data.rotation,
    stats: data.stats,
  };
}

/** `attune-backup-YYYY-MM-DD.json`, with the person's local date. */
export function backupFileName(now: number): string {
  return `attune-backup-${localDayKey(now)}.json`;
}

class Rejected extends Error {}

function reject(message: string): never {
  throw new Rejected(message);
}

/** Version 1 → 2: quiet hours become one object; there was no rotation to restore. */
export function migrateV1(file: Record<string, unknown>): Record<string, unknown> {
  const { settings, ...rest } = file;
  let migrated = settings;
  if (isRecord(settings)) {
    const { quietEnabled, quietStart, quietEnd, ...others } = settings;
    migrated = { ...others, quietHours: { enabled: quietEnabled, start: quietStart, end: quietEnd } };
  }
  return { ...rest, version: 2, settings: migrated, rotation: null };
}

function required(file: Record<string, unknown>, key: string, part: string): unknown {
  if (!(key in file)) reject(`${part}: this part is missing from the file.`);
  return file[key];
}

function strictSettings(raw: unknown): Settings {
  if (!isRecord(raw)) reject('Settings: this part isn’t valid.');
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fieldSchemas) as (keyof Settings)[]) {
    const parsed = v.safeParse(fieldSchemas[key], raw[key]);
    if (!parsed.success) reject(`Settings: ${SETTING_LABELS[key]} isn’t valid.`);
    out[key] = parsed.output;
  }
  const settings = out as unknown as Settings;
  if (settings.breakMin >= settings.thresholdMin) {
    reject('Settings: the break length must be shorter than “nudge after”.');
  }
  if (settings.quietHours.start === settings.quietHours.end) {
    reject('Settings: quiet hours need different start and end times.');
  }
  if (!settings.callSites.every(isCallSitePattern)) reject('Settings: call sites aren’t valid.');
  return settings;
}

function strictContacts(raw: unknown): Contact[] {
  if (!Array.isArray(raw)) reject('People: this part must be a list.');
  if (raw.length > MAX_CONTACTS) {
    reject(`People: a backup can hold up to ${MAX_CONTACTS} people; this one has ${raw.length}.`);
  }
  const ids = new Set<string>();
  return raw.map((item, i) => {
    const who = isRecord(item) && typeof item.name === 'string' ? ` (“${item.name.slice(0, 60)}”)` : '';
    const where = `People: person ${i + 1}${who}`;
    if (!isRecord(item)) reject(`${where} isn’t valid.`);
    const idOk = typeof item.id === 'string' && item.id.trim() !== '' && item.id.length <= 100;
    const createdOk =
      typeof item.createdAt === 'number' && Number.isFinite(item.createdAt) && item.createdAt >= 0;
    if (!idOk || !createdOk) reject(`${where} is missing its id or creation date.`);
    const result = validateContactInput(item, { id: '', now: 0 });
    if (!result.ok) reject(`${where}: ${Object.values(result.errors)[0]}`);
    if (ids.has(result.value.id)) reject(`${where} has the same id as another person.`);
    ids.add(result.value.id);
    return result.value;
  });
}

function strictTemplates(raw: unknown): string[] {
  if (!Array.isArray(raw)) reject('Messages: this part must be a list.');
  if (raw.length > MAX_TEMPLATES) {
    reject(`Messages: a backup can hold up to ${MAX_TEMPLATES} messages; this one has ${raw.length}.`);
  }
  return raw.map((item, i) => {
    const result = validateTemplate(item);
    if (!result.ok) reject(`Messages: message ${i + 1}: ${result.error}`);
    return result.value;
  });
}

const idList = v.array(v.string());
const rotationFileSchema = v.object({
  order: idList,
  index: v.pipe(v.number(), v.integer(), v.minValue(0)),
  favourites: idList,
  hidden: idList,
});

function strictRotation(raw: unknown): Rotation | null {
  if (raw === null) return null;
  const parsed = v.safeParse(rotationFileSchema, raw);
  if (!parsed.success) reject('Reflections: this part isn’t valid.');
  // Ids of reflections this version doesn't have are harmless and dropped (ids are never reused).
  return repairRotation(parsed.output, reflectionIds());
}

const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function strictStats(raw: unknown): Stats {
  if (!isRecord(raw)) reject('Stats: this part isn’t valid.');
  const stats: Stats = {};
  for (const [key, day] of Object.entries(raw)) {
    const parsed = v.safeParse(dayStatsSchema, day);
    if (!DAY_KEY.test(key) || !parsed.success) reject(`Stats: the day “${key.slice(0, 20)}” isn’t valid.`);
    stats[key] = parsed.output;
  }
  return stats;
}

function parseJson(text: string): unknown {
  let forbidden: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, val) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return val;
    });
  } catch {
    reject('This file can’t be read: it isn’t a JSON file.');
  }
  if (forbidden !== null) reject(`This file contains a key that isn’t allowed (“${forbidden}”).`);
  return value;
}

/**
 * Reads a backup file's text (`sizeBytes` is the file's size, checked before anything is parsed).
 * Returns the data to restore, or the one reason it can't be used. Never throws.
 */
export function parseBackup(text: string, sizeBytes: number): ParseResult {
  try {
    if (sizeBytes > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) {
      reject('This file is larger than 1 MB, so it can’t be an Attune backup.');
    }
    const raw = parseJson(text);
    if (!isRecord(raw) || raw.app !== BACKUP_APP) reject('This isn’t an Attune backup.');
    const version = raw.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      reject('This isn’t an Attune backup.');
    }
    if (version > BACKUP_VERSION) {
      reject('This backup comes from a newer version of Attune. Update Attune, then try again.');
    }
    const file = version === 1 ? migrateV1(raw) : raw;
    return {
      ok: true,
      data: {
        settings: strictSettings(required(file, 'settings', 'Settings')),
        contacts: strictContacts(required(file, 'contacts', 'People')),
        templates: strictTemplates(required(file, 'templates', 'Messages')),
        rotation: strictRotation(required(file, 'rotation', 'Reflections')),
        stats: strictStats(required(file, 'stats', 'Stats')),
      },
    };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, error: error.message };
    return { ok: false, error: 'This file can’t be read.' };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function describeSettings(a: Settings, b: Settings): string {
  const quiet = (q: Settings['quietHours']) => (q.enabled ? `${q.start}–${q.end}` : 'off');
  const parts: string[] = [];
  const minutes = (label: string, key: 'thresholdMin' | 'breakMin' | 'repeatMin') => {
    if (a[key] !== b[key]) parts.push(`${label} ${a[key]} → ${b[key]} min`);
  };
  minutes('nudge after', 'thresholdMin');
  minutes('break length', 'breakMin');
  minutes('repeat after', 'repeatMin');
  if (a.dailyCap !== b.dailyCap) parts.push(`nudges a day ${a.dailyCap} → ${b.dailyCap}`);
  if (!same(a.quietHours, b.quietHours))
    parts.push(`quiet hours ${quiet(a.quietHours)} → ${quiet(b.quietHours)}`);
  if (a.nudgeStyle !== b.nudgeStyle) parts.push(`nudge style ${a.nudgeStyle} → ${b.nudgeStyle}`);
  if (!same(a.callSites, b.callSites)) parts.push(`call sites ${a.callSites.length} → ${b.callSites.length}`);
  return `Settings: ${parts.length > 0 ? parts.join(', ') : 'no change'}`;
}

function describeList(label: string, a: readonly unknown[], b: readonly unknown[]): string {
  if (same(a, b)) return `${label}: no change`;
  if (a.length === b.length) return `${label}: ${a.length}, with changes`;
  return `${label}: ${a.length} → ${b.length}`;
}

/** One line per part saying what applying `incoming` would change, for the import preview. */
export function describeChanges(current: BackupData, incoming: BackupData): string[] {
  const lines = [
    describeSettings(current.settings, incoming.settings),
    describeList('People', current.contacts, incoming.contacts),
    describeList('Messages', current.templates, incoming.templates),
  ];
  if (incoming.rotation !== null) {
    const a = current.rotation ?? { favourites: [], hidden: [] };
    const b = incoming.rotation;
    const parts: string[] = [];
    if (!same(a.favourites, b.favourites))
      parts.push(`favourites ${a.favourites.length} → ${b.favourites.length}`);
    if (!same(a.hidden, b.hidden)) parts.push(`hidden ${a.hidden.length} → ${b.hidden.length}`);
    lines.push(`Reflections: ${parts.length > 0 ? parts.join(', ') : 'no change'}`);
  }
  const days = (s: Stats) => Object.keys(s).length;
  lines.push(
    same(current.stats, incoming.stats)
      ? 'Stats: no change'
      : `Stats: ${days(current.stats)} → ${days(incoming.stats)} days`,
  );
  return lines;
}
