/**
 * Every language in `locales/` has exactly the English keys, with the same placeholders, and every
 * key is used by the code (and every key the code uses exists). A plural group (`one:`, `other:`…)
 * counts as one key; its sentences are exactly its language's CLDR categories, plus the exact
 * `"0"` where English has one.
 *
 * "Used" means a literal key in the sources of entrypoints/, components/, platform/ and lib/:
 * `i18n.t('popup.thanks')`, `phrase('errors.contact.name_missing')`, `message="crisis.text"`, a
 * `__MSG_extName__` in wxt.config.ts. Keys the code builds at run time are listed in DYNAMIC below,
 * each with the function that enumerates them, so nothing is exempt by a loose prefix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_KEYS } from '../../../lib/people/templates';
import { messageKey, REFLECTIONS } from '../../../lib/reflections/reflections';
import { PLURAL_FORMS } from '../../../lib/words/plural';
import { EXACT_ZERO } from '../../../platform/shared/i18n';
import { bcp47, LOCALES, type Locale } from '../setup-i18n';

interface Entry {
  /** Placeholders per sentence: '' for a plain message, else `one`, `other`, `"0"`…; `$1`…`$9` and `{name}`. */
  forms: Record<string, string[]>;
  plural: boolean;
}

/** Every message of a locale file by dotted key, as `@wxt-dev/i18n` parses it. */
function messages(locale: Locale): Map<string, string> {
  const parsed = parseMessagesText(readFileSync(`locales/${locale}.yml`, 'utf8'), 'YAML');
  const out = new Map<string, string>();
  for (const message of parsed) {
    const key = message.key.join('.');
    if (key.startsWith('@@')) continue; // Chrome's predefined messages, added by the parser.
    // Old-style groups (`1:`/`n:`) parse as 'plural': kept whole so the tests below name them.
    out.set(key, message.type === 'plural' ? JSON.stringify(message.plurals) : String(message.message));
  }
  return out;
}

const isForm = (name: string) => (PLURAL_FORMS as readonly string[]).includes(name);

/** English's plural groups: every sentence a plural form, `other` among them. */
function pluralGroups(): Set<string> {
  const children = new Map<string, string[]>();
  for (const key of messages('en').keys()) {
    const cut = key.lastIndexOf('.');
    if (cut < 0) continue;
    const group = key.slice(0, cut);
    children.set(group, [...(children.get(group) ?? []), key.slice(cut + 1)]);
  }
  return new Set(
    [...children].filter(([, names]) => names.every(isForm) && names.includes('other')).map(([g]) => g),
  );
}

const PLURAL_GROUPS = pluralGroups();

function flatten(locale: Locale): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, text] of messages(locale)) {
    const cut = key.lastIndexOf('.');
    const group = key.slice(0, cut);
    if (cut > 0 && PLURAL_GROUPS.has(group)) {
      const entry = out.get(group) ?? { forms: {}, plural: true };
      entry.forms[key.slice(cut + 1)] = placeholders(text);
      out.set(group, entry);
    } else {
      out.set(key, { forms: { '': placeholders(text) }, plural: false });
    }
  }
  return out;
}

/** The sentences a plural group must have in `locale`: its CLDR categories, and "0" where English has it. */
function expectedForms(locale: Locale, group: string): string[] {
  const categories = new Intl.PluralRules(bcp47(locale)).resolvedOptions().pluralCategories;
  const zero = '0' in (en.get(group)?.forms ?? {}) ? ['0'] : [];
  return [...zero, ...categories].sort();
}

function placeholders(text: string): string[] {
  const found = text.match(/(?<!\$)\$[1-9]|\{[A-Za-z0-9_]+\}/g) ?? [];
  return [...new Set(found)].sort();
}

const en = flatten('en');
const others = LOCALES.filter((l) => l !== 'en');

/** Keys the code builds at run time, enumerated exactly. */
const DYNAMIC: Record<string, () => string[]> = {
  // platform/pages/reflection-words.ts: `messageKey(id, 'text' | 'invitation')`.
  'reflection.*': () =>
    REFLECTIONS.flatMap((r) => [
      messageKey(r.id, 'text'),
      ...(r.invitation ? [messageKey(r.id, 'invitation')] : []),
    ]),
  // lib/people/templates.ts: `defaultTemplates(t)` maps DEFAULT_TEMPLATE_KEYS.
  'templates.*': () => [...DEFAULT_TEMPLATE_KEYS],
};

const SOURCE_DIRS = ['entrypoints', 'components', 'platform', 'lib'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every key written literally in the sources, and where. */
function literalKeys(): Map<string, string> {
  const groups = new Set([...en.keys()].filter((k) => k.includes('.')).map((k) => k.split('.')[0]));
  const topLevel = new Set([...en.keys()].filter((k) => !k.includes('.')));
  const byName = new Map([...en.keys()].map((k) => [k.replaceAll('.', '_'), k]));
  const found = new Map<string, string>();
  const files = [...SOURCE_DIRS.flatMap(sources), 'wxt.config.ts'];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, key] of text.matchAll(/['"`]([a-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)) {
      const [group] = (key as string).split('.');
      if (groups.has(group as string) && !/\.(html|css|tsx?|json|ya?ml)$/.test(key as string)) {
        found.set(key as string, file);
      }
    }
    for (const [, key] of text.matchAll(/i18n\.t\(\s*['"`]([A-Za-z0-9_]+)['"`]/g)) {
      if (topLevel.has(key as string)) found.set(key as string, file);
    }
    for (const [, name] of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) {
      found.set(byName.get(name as string) ?? `__MSG_${name}__`, file);
    }
  }
  return found;
}

describe('locale files', () => {
  it('use only letters, digits and _ in key segments (message names join them with _)', () => {
    for (const locale of LOCALES) {
      const bad = [...flatten(locale).keys()].filter((k) => !/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(k));
      expect(bad, locale).toEqual([]);
    }
  });

  it.each(others)('%s has every English key', (locale) => {
    const theirs = flatten(locale);

    const missing = [...en.keys()].filter((k) => !theirs.has(k));

    expect(missing).toEqual([]);
  });

  it.each(others)('%s has no key that English lacks', (locale) => {
    const extra = [...flatten(locale).keys()].filter((k) => !en.has(k));

    expect(extra).toEqual([]);
  });

  it.each(LOCALES)("%s has exactly its language's plural sentences in every plural group", (locale) => {
    const theirs = flatten(locale);
    const wrong: string[] = [];

    for (const group of PLURAL_GROUPS) {
      const forms = Object.keys(theirs.get(group)?.forms ?? {}).sort();
      const expected = expectedForms(locale, group);
      if (forms.join() !== expected.join()) wrong.push(`${group}: ${forms} (want ${expected})`);
    }

    expect(wrong).toEqual([]);
  });

  it('lists in EXACT_ZERO (platform/shared/i18n.ts) exactly the groups with a "0" sentence', () => {
    const withZero = [...PLURAL_GROUPS].filter((group) => '0' in (en.get(group)?.forms ?? {}));

    expect([...EXACT_ZERO].sort()).toEqual(withZero.sort());
  });

  it.each(others)('%s has the same placeholders as English', (locale) => {
    const theirs = flatten(locale);
    const mismatched: string[] = [];

    for (const [key, ours] of en) {
      const other = theirs.get(key);
      if (!other) continue;
      if (!ours.plural) {
        const [a, b] = [ours.forms[''], other.forms['']];
        if (a?.join() !== b?.join()) mismatched.push(`${key}: ${a} vs ${b}`);
        continue;
      }
      // A sentence for one thing may write the number out ("One nudge"); `other` and "0" may not.
      const anyOf = new Set(Object.values(ours.forms).flat());
      for (const [form, found] of Object.entries(other.forms)) {
        const stray = found.filter((p) => !anyOf.has(p));
        if (stray.length > 0) mismatched.push(`${key}[${form}]: ${stray} not in English`);
      }
      for (const form of ['0', 'other'].filter((f) => f in ours.forms)) {
        const [a, b] = [ours.forms[form], other.forms[form]];
        if (b && a?.join() !== b.join()) mismatched.push(`${key}[${form}]: ${a} vs ${b}`);
      }
    }

    expect(mismatched).toEqual([]);
  });

  it.each(LOCALES)(
    "%s names its language as Chrome's folder does (common.locale, insights.locale)",
    (locale) => {
      const theirs = messages(locale);
      const tag = locale.replace('_', '-');

      expect(theirs.get('common.locale')).toBe(tag);
      expect(theirs.get('insights.locale')).toBe(tag);
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    },
  );

  it('fit the browser limits for the manifest (name ≤ 45, description ≤ 132 characters)', () => {
    for (const locale of LOCALES) {
      const text = readFileSync(`locales/${locale}.yml`, 'utf8');
      const value = (key: string) => new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1] ?? '';
      expect(Array.from(value('extName')).length, locale).toBeLessThanOrEqual(45);
      expect(Array.from(value('extDescription')).length, locale).toBeLessThanOrEqual(132);
    }
  });
});

describe('keys in the code', () => {
  const literal = literalKeys();
  const dynamic = Object.values(DYNAMIC).flatMap((list) => list());

  it('exist in the English file (no key used but missing)', () => {
    const missing = [...literal].filter(([key]) => !en.has(key)).map(([key, file]) => `${key} (${file})`);
    const missingDynamic = dynamic.filter((key) => !en.has(key));

    expect(missing).toEqual([]);
    expect(missingDynamic).toEqual([]);
  });

  it('cover every English key (no key unused)', () => {
    const used = new Set([...literal.keys(), ...dynamic]);

    const unused = [...en.keys()].filter((key) => !used.has(key));

    expect(unused).toEqual([]);
  });

  it('builds keys at run time only under documented prefixes', () => {
    for (const [prefix, list] of Object.entries(DYNAMIC)) {
      for (const key of list()) expect(key.startsWith(prefix.slice(0, -1)), key).toBe(true);
    }
  });
});
