/**
 * Settings, one of the concepts lib/ is grouped by: what the person chose, and the checks a change
 * passes before it is saved. `settings.ts` is the stored shape with its defaults, bounds and repair;
 * beside it, `settings-edit.ts` checks one edit, `quiet-hours.ts` reads the daily quiet window,
 * `rhythm-presets.ts` offers the starting rhythms, `first-nudge.ts` says when the first nudge can
 * come, and `permissions.ts` turns a typed call site into the one host pattern to ask for. It builds
 * on calls (the catalogue's ids) and words.
 */
import { CALL_SERVICE_IDS } from '../calls/call-places';
import { isValidClock } from './quiet-hours';

/** How Attune surfaces a nudge. */
export const NUDGE_STYLES = ['popup', 'notification', 'badge'] as const;
export type NudgeStyle = (typeof NUDGE_STYLES)[number];

/** Quiet hours: no nudges between `start` and `end` ("HH:MM", local time; may wrap midnight). */
export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

/** Everything the person configures that syncs across their browsers (`storage.sync`). */
export interface Settings {
  /** Nudge after this many solitary minutes. */
  thresholdMin: number;
  /** An idle or locked span at least this long ends a session (a natural break). */
  breakMin: number;
  /** An ignored nudge may come back after this many minutes. */
  repeatMin: number;
  /** At most this many nudges a day. */
  dailyCap: number;
  quietHours: QuietHours;
  nudgeStyle: NudgeStyle;
  /** Host match patterns of custom call sites the person listed (e.g. `https://meet.example.org/*`). */
  callSites: string[];
  /** Ids of the catalogued call services the person turned on (`lib/calls/call-services.ts`). */
  callServices: string[];
  /**
   * Count watching as screen time: idle, but the front tab plays sound (or the window is
   * fullscreen). On by default.
   */
  countWatching: boolean;
  /**
   * When Attune opens the card by itself, show names and the draft at once (true) or only after
   * one deliberate click (false, the default: the person may be sharing their screen).
   */
  namesOnNudge: boolean;
  /**
   * Show the minutes on the toolbar button's badge (false, the default: the badge stays calm, with
   * the minutes in its title and the popup; a tally of time alone can read as a meter).
   */
  badgeMinutes: boolean;
}

/** Inclusive bounds of each numeric setting, from the product spec's "Defaults and bounds". */
export const BOUNDS = {
  thresholdMin: { min: 15, max: 480 },
  breakMin: { min: 1, max: 60 },
  repeatMin: { min: 10, max: 240 },
  dailyCap: { min: 1, max: 24 },
} as const satisfies Record<string, { min: number; max: number }>;

export type NumericSetting = keyof typeof BOUNDS;

export const MAX_CALL_SITES = 20;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  thresholdMin: 90,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: Object.freeze({ enabled: true, start: '22:00', end: '07:00' }),
  nudgeStyle: 'popup',
  callSites: Object.freeze([]) as unknown as string[],
  callServices: Object.freeze([]) as unknown as string[],
  countWatching: true,
  namesOnNudge: false,
  badgeMinutes: false,
});

/** A clean copy of a valid value, or `undefined` when the value is not valid. */
type FieldParser<T> = (raw: unknown) => T | undefined;

const bounded =
  (key: NumericSetting): FieldParser<number> =>
  (raw) =>
    Number.isInteger(raw) && (raw as number) >= BOUNDS[key].min && (raw as number) <= BOUNDS[key].max
      ? (raw as number)
      : undefined;

const boolean: FieldParser<boolean> = (raw) => (typeof raw === 'boolean' ? raw : undefined);

const clock = (raw: unknown): raw is string => typeof raw === 'string' && isValidClock(raw);

/** A list of strings, each passing `keep`, at most `max` long; anything else is not valid. */
const stringList =
  (max: number, keep: (s: string) => boolean = () => true): FieldParser<string[]> =>
  (raw) =>
    Array.isArray(raw) && raw.length <= max && raw.every((s) => typeof s === 'string' && keep(s))
      ? [...raw]
      : undefined;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Each field's check on its own, so a damaged field can be repaired without touching the rest
 * (and an imported file can name the one that is wrong). Plain checks rather than a schema
 * library: settings are read by the background and pages on every start, where bytes count.
 */
export const fieldParsers: { [K in keyof Settings]: FieldParser<Settings[K]> } = {
  thresholdMin: bounded('thresholdMin'),
  breakMin: bounded('breakMin'),
  repeatMin: bounded('repeatMin'),
  dailyCap: bounded('dailyCap'),
  quietHours: (raw) =>
    isRecord(raw) && typeof raw.enabled === 'boolean' && clock(raw.start) && clock(raw.end)
      ? { enabled: raw.enabled, start: raw.start, end: raw.end }
      : undefined,
  nudgeStyle: (raw) => (NUDGE_STYLES.includes(raw as NudgeStyle) ? (raw as NudgeStyle) : undefined),
  callSites: stringList(MAX_CALL_SITES),
  callServices: stringList(CALL_SERVICE_IDS.length, (id) => CALL_SERVICE_IDS.includes(id)),
  countWatching: boolean,
  namesOnNudge: boolean,
  badgeMinutes: boolean,
};

function repairField<K extends keyof Settings>(key: K, raw: Record<string, unknown>): Settings[K] {
  return fieldParsers[key](raw[key]) ?? structuredClone(DEFAULT_SETTINGS[key]);
}

/**
 * Turns whatever was stored into valid settings: each damaged, missing or out-of-range field falls
 * back to its default while every valid field is kept. Never throws.
 */
export function repairSettings(raw: unknown): Settings {
  const source = isRecord(raw) ? raw : {};
  const keys = Object.keys(fieldParsers) as (keyof Settings)[];
  const settings = Object.fromEntries(
    keys.map((key) => [key, repairField(key, source)]),
  ) as unknown as Settings;
  settings.callSites = settings.callSites.filter(isCallSitePattern);
  settings.callServices = [...new Set(settings.callServices)];
  // A break as long as the threshold would end every session before it could ever nudge.
  if (settings.breakMin >= settings.thresholdMin) {
    settings.breakMin = Math.min(DEFAULT_SETTINGS.breakMin, settings.thresholdMin - 1);
  }
  return settings;
}

/** A host match pattern Attune may request for a call site: `https://host/*` or `https://*.host/*`. */
export function isCallSitePattern(pattern: string): boolean {
  return /^https:\/\/(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}\/\*$/.test(pattern);
}
