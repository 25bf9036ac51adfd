/**
 * The store listings in store/<language>/ fit every field's limit, in every language, and justify
 * every permission the manifest asks for. A store rejects an over-long field at upload, and the
 * Chrome Web Store asks for one justification per permission. A language is one `locales/<lang>.yml`
 * and one `store/<lang>/` folder (ARCHITECTURE.md, "A language"): each without the other fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { readStoreFields, storeLength } from '../../../scripts/store-text.mjs';
import { manifestFor } from './manifest';

/** Every store/<lang>/ folder (store/images/ holds the pictures, by language inside). */
const LANGUAGES = readdirSync('store', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'images')
  .map((entry) => entry.name)
  .sort();

/** Every language the extension speaks: one file in locales/ each. */
const LOCALE_FILES = readdirSync('locales')
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.slice(0, -'.yml'.length))
  .sort();

/** [file, field, min, max] — limits the stores state for each field. */
const LIMITS: [string, string, number, number][] = [
  ['chrome-web-store.md', 'Detailed description', 1, 16_000],
  ['chrome-web-store.md', 'Single purpose', 1, 1_000],
  ['chrome-web-store.md', 'Permission justification: storage', 1, 1_000],
  ['chrome-web-store.md', 'Permission justification: alarms', 1, 1_000],
  ['chrome-web-store.md', 'Permission justification: idle', 1, 1_000],
  ['chrome-web-store.md', 'Permission justification: notifications', 1, 1_000],
  ['chrome-web-store.md', 'Permission justification: host permissions', 1, 1_000],
  ['chrome-web-store.md', 'Remote code', 1, 1_000],
  ['addons-mozilla-org.md', 'Summary', 1, 250],
  // AMO states no maximum for the description.
  ['addons-mozilla-org.md', 'Description', 1, Number.POSITIVE_INFINITY],
  ['edge-add-ons.md', 'Description', 250, 10_000],
];

function field(language: string, file: string, name: string): string {
  return readStoreFields(`store/${language}/${file}`).get(name) ?? '';
}

function message(language: string, key: string): string {
  const parsed = parseMessagesText(readFileSync(`locales/${language}.yml`, 'utf8'), 'YAML');
  const found = parsed.find((m) => m.key.join('.') === key);
  return found && 'message' in found ? String(found.message) : '';
}

describe('store listings', () => {
  it.each(
    LANGUAGES.flatMap((language) =>
      LIMITS.map(([file, name, min, max]) => ({ language, file, name, min, max })),
    ),
  )('$language $file "$name" has $min–$max characters', ({ language, file, name, min, max }) => {
    const length = storeLength(field(language, file, name));

    expect(length).toBeGreaterThanOrEqual(min);
    expect(length).toBeLessThanOrEqual(max);
  });

  it.each(LANGUAGES)(
    '%s: the name fits every store (Edge allows 45) and the summary fits 132',
    (language) => {
      expect(storeLength(message(language, 'extName'))).toBeLessThanOrEqual(45);
      expect(storeLength(message(language, 'extDescription'))).toBeLessThanOrEqual(132);
    },
  );

  it('has a store folder for every language in locales/, and no other', () => {
    expect(LANGUAGES).toEqual(LOCALE_FILES);
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s has every file and field of store/en, none of them empty',
    (language) => {
      const shape = (of: string) =>
        readdirSync(`store/${of}`)
          .filter((file) => file.endsWith('.md'))
          .sort()
          .map((file) => [file, [...readStoreFields(`store/${of}/${file}`).keys()]]);
      const empty = shape(language).flatMap(([file, names]) =>
        (names as string[])
          .filter((name) => field(language, file as string, name) === '')
          .map((n) => `${file}: ${n}`),
      );

      expect(shape(language)).toEqual(shape('en'));
      expect(empty).toEqual([]);
    },
  );

  it.each(LANGUAGES)('%s: justifies every permission the Chrome manifest declares', (language) => {
    const manifest = manifestFor('chrome');
    const declared = [
      ...(manifest.permissions ?? []),
      ...((manifest.optional_host_permissions ?? []).length > 0 ? ['host permissions'] : []),
    ];
    const fields = readStoreFields(`store/${language}/chrome-web-store.md`);

    for (const permission of declared) {
      expect(fields.get(`Permission justification: ${permission}`), permission).toBeTruthy();
    }
  });

  it.each(LANGUAGES)('%s: tells AMO reviewers the exact build steps', (language) => {
    const notes = field(language, 'addons-mozilla-org.md', 'Notes to reviewer');
    const nvmrc = readFileSync('.nvmrc', 'utf8').trim();

    expect(notes).toContain('`npm ci`');
    expect(notes).toContain('`npm run build:firefox`');
    expect(notes).toContain(nvmrc);
  });
});
