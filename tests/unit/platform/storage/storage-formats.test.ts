/**
 * Stored formats are frozen: every item in `storage.sync` and `storage.local` has an example of
 * each format version under tests/fixtures/storage/v<N>/ (version 1 is what the first store
 * release writes), and today's code reads every one of them without losing anything. A later
 * format change adds a `v2/` fixture and a migration; the `v1/` fixtures then prove that data
 * people already have still reads (with `readsAs` giving what it should become).
 * `storage.session` keys live in memory only and are never carried across versions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readStats } from '../../../../entrypoints/insights/io';
import { parsePendingAsk } from '../../../../platform/pages/popup-store';
import { readDecisionLog } from '../../../../platform/storage/decision-store';
import { isJournal } from '../../../../platform/storage/import-journal';
import {
  readContacts,
  readCountryChoice,
  readRotation,
  readSettings,
  readTemplates,
} from '../../../../platform/storage/storage';
import { LOCAL_KEYS } from '../../../../platform/storage/storage-keys';
import { loadTracker } from '../../../../platform/storage/tracker-store';

interface Fixture {
  area: 'sync' | 'local';
  key: string;
  stored: unknown;
  /** What the current code must read it as, when a later version migrates it; else `stored`. */
  readsAs?: unknown;
}

const ROOT = 'tests/fixtures/storage';
const VERSIONS = readdirSync(ROOT).filter((dir) => /^v\d+$/.test(dir));

function fixturesOf(version: string): Fixture[] {
  return readdirSync(`${ROOT}/${version}`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(`${ROOT}/${version}/${file}`, 'utf8')) as Fixture);
}

/** How the product reads each stored item: the same functions the pages and the background use. */
const READ: Record<string, () => Promise<unknown>> = {
  settings: readSettings,
  contacts: readContacts,
  templates: () => readTemplates(['(a default message)']),
  stats: readStats,
  rotation: readRotation,
  tracker: async () => {
    const { tracker, fresh } = await loadTracker(Date.now());
    return fresh ? 'a fresh session: the stored one was rejected' : tracker;
  },
  pendingAsk: async () => parsePendingAsk((await fakeBrowser.storage.local.get('pendingAsk')).pendingAsk),
  crisisCountry: readCountryChoice,
  decisionLog: readDecisionLog,
  importJournal: async () => {
    const { importJournal } = await fakeBrowser.storage.local.get('importJournal');
    return isJournal(importJournal) ? importJournal : 'a journal this version would not act on';
  },
};

beforeEach(() => fakeBrowser.reset());

describe('stored formats', () => {
  it('has a version 1 example of every item Attune stores', () => {
    const stored = [
      'sync:settings',
      'sync:crisisCountry',
      ...Object.values(LOCAL_KEYS).map((key) => `local:${key}`),
    ].sort();

    const examples = fixturesOf('v1')
      .map((f) => `${f.area}:${f.key}`)
      .sort();

    expect(examples).toEqual(stored);
  });

  it.each(VERSIONS.flatMap((version) => fixturesOf(version).map((fixture) => ({ version, ...fixture }))))(
    'reads a $version $key without losing anything',
    async ({ area, key, stored, readsAs }) => {
      await fakeBrowser.storage[area].set({ [key]: stored });

      const read = await (READ[key] as () => Promise<unknown>)();

      expect(read).toEqual(readsAs ?? stored);
    },
  );
});
