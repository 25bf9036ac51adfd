/**
 * Your data, one of the concepts lib/ is grouped by: everything Attune keeps, as the person takes it
 * away or reads about it. `backup.ts` makes and reads the backup file; beside it, `privacy-policy.ts`
 * is the structure of the privacy policy that says what is kept. It sits above every other concept
 * (a backup holds them all), and nothing in lib/ imports it.
 *
 * Backups: one JSON file with everything Attune keeps, made and read here without any browser API.
 *
 * Reading is strict, unlike reading storage: a damaged file is rejected as a whole with a reason the
 * person can act on, never half-applied and never silently repaired. Older files are migrated.
 *
 * Version history:
 * - 1: `{ app, version: 1, exportedAt, settings, contacts, templates, stats }`, settings with flat
 *   `quietEnabled` / `quietStart` / `quietEnd` and no reflection rotation.
 * - 2: settings carry `quietHours: { enabled, start, end }`; the rotation (favourites, hidden) is kept.
 *   Later files of version 2 also carry `decisionLog` (lib/tracker/decision-log.ts); files without it keep
 *   the log the browser has.
 */
import * as v from 'valibot';
import { localDayKey, parseDayStats, type Stats } from '../history/stats';
import { type Contact, MAX_CONTACTS, validateContactInput } from '../people/contacts';
import { MAX_TEMPLATES, validateTemplate } from '../people/templates';
import { reflectionIds } from '../reflections/reflections';
import { type Rotation, repairRotation } from '../reflections/rotation';
import { DEFAULT_SETTINGS, fieldParsers, isCallSitePattern, type Settings } from '../settings/settings';
import { type Decision, hasDateOutOfRange, isDecisionLog, parseDecisionLog } from '../tracker/decision-log';
import { type Phrase, phrase, plural } from '../words/phrase';

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
  /** "Why did (or didn't) Attune nudge?"; absent when the file has none: keep the current one. */
  decisionLog?: Decision[];
}

/** The file as written. */
export interface Backup extends BackupData {
  app: typeof BACKUP_APP;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  rotation: Rotation;
}

/** The data to restore, or the one reason (a phrase the page says) the file can't be used. */
export type ParseResult = { ok: true; data: BackupData } | { ok: false; error: Phrase };

/** Keys that could reach an object's prototype if the data were ever merged carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const SETTING_LABELS: Record<keyof Settings, Phrase> = {
  thresholdMin: phrase('backup.setting.threshold'),
  breakMin: phrase('backup.setting.break'),
  repeatMin: phrase('backup.setting.repeat'),
  dailyCap: phrase('backup.setting.cap'),
  quietHours: phrase('backup.setting.quiet'),
  nudgeStyle: phrase('backup.setting.style'),
  callSites: phrase('backup.setting.call_sites'),
  callServices: phrase('backup.setting.call_services'),
  countWatching: phrase('backup.setting.count_watching'),
  namesOnNudge: phrase('backup.setting.names_on_nudge'),
  badgeMinutes: phrase('backup.setting.badge_minutes'),
};

/** What each part of a file is called, in messages about it. */
const PARTS = {
  settings: phrase('backup.part.settings'),
  people: phrase('backup.part.people'),
  messages: phrase('backup.part.messages'),
  reflections: phrase('backup.part.reflections'),
  stats: phrase('backup.part.stats'),
  log: phrase('backup.part.log'),
} as const;

const STYLE_NAMES: Record<Settings['nudgeStyle'], Phrase> = {
  popup: phrase('backup.style.popup'),
  notification: phrase('backup.style.notification'),
  badge: phrase('backup.style.badge'),
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
    ...(data.decisionLog && { decisionLog: data.decisionLog }),
  };
}

/** `attune-backup-YYYY-MM-DD.json`, with the person's local date. */
export function backupFileName(now: number): string {
  return `attune-backup-${localDayKey(now)}.json`;
}

class Rejected extends Error {
  constructor(readonly reason: Phrase) {
    super(reason.key);
  }
}

function reject(reason: Phrase): never {
  throw new Rejected(reason);
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

function required(file: Record<string, unknown>, key: string, part: Phrase): unknown {
  if (!(key in file)) reject(phrase('errors.backup.part_missing', part));
  return file[key];
}

/** Settings added after the first backup format: a file without them keeps their defaults. */
const LATER_SETTINGS = new Set<keyof Settings>([
  'namesOnNudge',
  'callServices',
  'countWatching',
  'badgeMinutes',
]);

function strictSettings(raw: unknown): Settings {
  if (!isRecord(raw)) reject(phrase('errors.backup.part_invalid', PARTS.settings));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fieldParsers) as (keyof Settings)[]) {
    // Files saved before a setting existed simply don't have it: it keeps its default.
    const value = raw[key] === undefined && LATER_SETTINGS.has(key) ? DEFAULT_SETTINGS[key] : raw[key];
    const parsed = fieldParsers[key](value);
    if (parsed === undefined) reject(phrase('errors.backup.setting_invalid', SETTING_LABELS[key]));
    out[key] = parsed;
  }
  const settings = out as unknown as Settings;
  if (settings.breakMin >= settings.thresholdMin) {
    reject(phrase('errors.backup.break_not_shorter'));
  }
  if (settings.quietHours.start === settings.quietHours.end) {
    reject(phrase('errors.backup.quiet_equal'));
  }
  if (!settings.callSites.every(isCallSitePattern)) reject(phrase('errors.backup.call_sites_invalid'));
  return settings;
}

function strictContacts(raw: unknown): Contact[] {
  if (!Array.isArray(raw)) reject(phrase('errors.backup.part_not_list', PARTS.people));
  if (raw.length > MAX_CONTACTS) reject(phrase('errors.backup.people_too_many', MAX_CONTACTS, raw.length));
  const ids = new Set<string>();
  return raw.map((item, i) => {
    const where =
      isRecord(item) && typeof item.name === 'string'
        ? phrase('errors.backup.person_named', i + 1, item.name.slice(0, 60))
        : phrase('errors.backup.person', i + 1);
    if (!isRecord(item)) reject(phrase('errors.backup.person_invalid', where));
    const idOk = typeof item.id === 'string' && item.id.trim() !== '' && item.id.length <= 100;
    const createdOk =
      typeof item.createdAt === 'number' && Number.isFinite(item.createdAt) && item.createdAt >= 0;
    if (!idOk || !createdOk) reject(phrase('errors.backup.person_no_id', where));
    const result = validateContactInput(item, { id: '', now: 0 });
    if (!result.ok)
      reject(phrase('errors.backup.person_field', where, Object.values(result.errors)[0] as Phrase));
    if (ids.has(result.value.id)) reject(phrase('errors.backup.person_duplicate', where));
    ids.add(result.value.id);
    return result.value;
  });
}

function strictTemplates(raw: unknown): string[] {
  if (!Array.isArray(raw)) reject(phrase('errors.backup.part_not_list', PARTS.messages));
  if (raw.length > MAX_TEMPLATES) {
    reject(phrase('errors.backup.messages_too_many', MAX_TEMPLATES, raw.length));
  }
  return raw.map((item, i) => {
    const result = validateTemplate(item);
    if (!result.ok) reject(phrase('errors.backup.message_invalid', i + 1, result.error));
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
  if (!parsed.success) reject(phrase('errors.backup.part_invalid', PARTS.reflections));
  // Ids of reflections this version doesn't have are harmless and dropped (ids are never reused).
  return repairRotation(parsed.output, reflectionIds());
}

const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function strictStats(raw: unknown): Stats {
  if (!isRecord(raw)) reject(phrase('errors.backup.part_invalid', PARTS.stats));
  const stats: Stats = {};
  for (const [key, day] of Object.entries(raw)) {
    const parsed = parseDayStats(day);
    if (!DAY_KEY.test(key) || !parsed) reject(phrase('errors.backup.day_invalid', key.slice(0, 20)));
    stats[key] = parsed;
  }
  return stats;
}

/** Strict like the rest: one damaged entry rejects the file, whose other parts may be fine too. */
function strictDecisionLog(file: Record<string, unknown>): { decisionLog?: Decision[] } {
  if (!('decisionLog' in file)) return {};
  const outOfRange = Array.isArray(file.decisionLog) ? file.decisionLog.findIndex(hasDateOutOfRange) : -1;
  // A date no calendar holds would pass a shape check and then fail where the log is shown.
  if (outOfRange >= 0) reject(phrase('errors.backup.log_date_invalid', PARTS.log, outOfRange + 1));
  if (!isDecisionLog(file.decisionLog)) reject(phrase('errors.backup.part_invalid', PARTS.log));
  return { decisionLog: parseDecisionLog(file.decisionLog) };
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
    reject(phrase('errors.backup.not_json'));
  }
  if (forbidden !== null) reject(phrase('errors.backup.forbidden_key', forbidden));
  return value;
}

/**
 * Reads a backup file's text (`sizeBytes` is the file's size, checked before anything is parsed).
 * Returns the data to restore, or the one reason it can't be used. Never throws.
 */
export function parseBackup(text: string, sizeBytes: number): ParseResult {
  try {
    const tooLarge = checkBackupSize(Math.max(sizeBytes, text.length));
    if (tooLarge) reject(tooLarge);
    const raw = parseJson(text);
    if (!isRecord(raw) || raw.app !== BACKUP_APP) reject(phrase('errors.backup.not_attune'));
    const version = raw.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      reject(phrase('errors.backup.not_attune'));
    }
    if (version > BACKUP_VERSION) reject(phrase('errors.backup.newer'));
    const file = version === 1 ? migrateV1(raw) : raw;
    return {
      ok: true,
      data: {
        settings: strictSettings(required(file, 'settings', PARTS.settings)),
        contacts: strictContacts(required(file, 'contacts', PARTS.people)),
        templates: strictTemplates(required(file, 'templates', PARTS.messages)),
        rotation: strictRotation(required(file, 'rotation', PARTS.reflections)),
        stats: strictStats(required(file, 'stats', PARTS.stats)),
        ...strictDecisionLog(file),
      },
    };
  } catch (error) {
    if (error instanceof Rejected) return { ok: false, error: error.reason };
    return { ok: false, error: phrase('errors.backup.unreadable') };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One part of the import preview: its name and what changes in it (empty: no change). */
export interface PreviewPart {
  part: Phrase;
  changes: Phrase[];
}

/** At most this many names are listed in one preview line; the rest are counted. */
const NAMES_SHOWN = 8;

function names(list: readonly string[]): string | Phrase {
  if (list.length <= NAMES_SHOWN) return list.join(', ');
  return phrase(
    'backup.preview.names_more',
    list.slice(0, NAMES_SHOWN).join(', '),
    list.length - NAMES_SHOWN,
  );
}

function describeSettings(a: Settings, b: Settings, clock: (hhmm: string) => string): Phrase[] {
  const quiet = (q: Settings['quietHours']) =>
    q.enabled ? `${clock(q.start)}–${clock(q.end)}` : phrase('backup.preview.off');
  const parts: Phrase[] = [];
  const minutes = (key: 'thresholdMin' | 'breakMin' | 'repeatMin', message: string) => {
    if (a[key] !== b[key]) parts.push(phrase(message, a[key], b[key]));
  };
  minutes('thresholdMin', 'backup.preview.threshold');
  minutes('breakMin', 'backup.preview.break');
  minutes('repeatMin', 'backup.preview.repeat');
  if (a.dailyCap !== b.dailyCap) parts.push(phrase('backup.preview.cap', a.dailyCap, b.dailyCap));
  if (!same(a.quietHours, b.quietHours)) {
    parts.push(phrase('backup.preview.quiet', quiet(a.quietHours), quiet(b.quietHours)));
  }
  if (a.nudgeStyle !== b.nudgeStyle) {
    parts.push(phrase('backup.preview.style', STYLE_NAMES[a.nudgeStyle], STYLE_NAMES[b.nudgeStyle]));
  }
  if (!same(a.callSites, b.callSites)) {
    parts.push(phrase('backup.preview.call_sites', a.callSites.length, b.callSites.length));
  }
  return parts;
}

/** Who is added, removed and changed (people are matched by id), or that only the order changes. */
function describePeople(a: readonly Contact[], b: readonly Contact[]): Phrase[] {
  const before = new Map(a.map((c) => [c.id, c]));
  const after = new Map(b.map((c) => [c.id, c]));
  const added = b.filter((c) => !before.has(c.id)).map((c) => c.name);
  const removed = a.filter((c) => !after.has(c.id)).map((c) => c.name);
  const changed = b.flatMap((c) => {
    const old = before.get(c.id);
    if (!old || same(canonicalContact(old), canonicalContact(c))) return [];
    return [old.name === c.name ? c.name : `${old.name} → ${c.name}`];
  });
  const parts: Phrase[] = [];
  if (added.length > 0) parts.push(phrase('backup.preview.people_added', names(added)));
  if (removed.length > 0) parts.push(phrase('backup.preview.people_removed', names(removed)));
  if (changed.length > 0) parts.push(phrase('backup.preview.people_changed', names(changed)));
  if (parts.length === 0 && !same(a, b)) parts.push(phrase('backup.preview.reordered'));
  return parts;
}

/** A contact with its keys in one order, so field order never counts as a change. */
function canonicalContact(c: Contact): [string, unknown][] {
  return Object.entries(c).sort(([x], [y]) => (x < y ? -1 : 1));
}

function describeMessages(a: readonly string[], b: readonly string[]): Phrase[] {
  const added = b.filter((t) => !a.includes(t)).length;
  const removed = a.filter((t) => !b.includes(t)).length;
  const parts: Phrase[] = [];
  if (added > 0) parts.push(plural('backup.preview.messages_added', added));
  if (removed > 0) parts.push(plural('backup.preview.messages_removed', removed));
  if (parts.length === 0 && !same(a, b)) parts.push(phrase('backup.preview.reordered'));
  return parts;
}

/**
 * Each part of what applying `incoming` would change, by name, for the import preview. `clock`
 * writes a stored "HH:MM" (quiet hours) as the page writes every other time, in the locale's clock.
 */
export function describeChanges(
  current: BackupData,
  incoming: BackupData,
  clock: (hhmm: string) => string = (hhmm) => hhmm,
): PreviewPart[] {
  const parts: PreviewPart[] = [
    { part: PARTS.settings, changes: describeSettings(current.settings, incoming.settings, clock) },
    { part: PARTS.people, changes: describePeople(current.contacts, incoming.contacts) },
    { part: PARTS.messages, changes: describeMessages(current.templates, incoming.templates) },
  ];
  if (incoming.rotation !== null) {
    const a = current.rotation ?? { favourites: [], hidden: [] };
    const b = incoming.rotation;
    const changes: Phrase[] = [];
    if (!same(a.favourites, b.favourites)) {
      changes.push(phrase('backup.preview.favourites', a.favourites.length, b.favourites.length));
    }
    if (!same(a.hidden, b.hidden))
      changes.push(phrase('backup.preview.hidden', a.hidden.length, b.hidden.length));
    parts.push({ part: PARTS.reflections, changes });
  }
  const days = (s: Stats) => Object.keys(s).length;
  parts.push({
    part: PARTS.stats,
    changes: same(current.stats, incoming.stats)
      ? []
      : [phrase('backup.preview.days', days(current.stats), days(incoming.stats))],
  });
  if (incoming.decisionLog) {
    const [a, b] = [current.decisionLog ?? [], incoming.decisionLog];
    const changes = same(a, b) ? [] : [phrase('backup.preview.log_entries', a.length, b.length)];
    parts.push({ part: PARTS.log, changes });
  }
  return parts;
}

/** A part with no change, said as one line ("Reflections: no change"). */
export function unchangedLine(part: Phrase): Phrase {
  return phrase('backup.preview.line', part, phrase('backup.preview.no_change'));
}

/** Why a file of `sizeBytes` can't be a backup (checked before reading it), or null when it may be. */
export function checkBackupSize(sizeBytes: number): Phrase | null {
  return sizeBytes > MAX_BACKUP_BYTES ? phrase('errors.backup.too_large') : null;
}
