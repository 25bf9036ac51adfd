/**
 * The fake browser has no `i18n`: answer `getMessage` from the real locale files, with Chrome's
 * `$1`…`$9` substitutions, so components render the words a person would see. English by default;
 * a test can switch with `useLocale('es')` (reset to English before each test).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPhrase, type Phrase, renderPhrase } from '../../lib/words/phrase';
import { pickPlural } from '../../lib/words/plural';

/**
 * Every language Attune speaks: one `locales/<lang>.yml` each (the name is Chrome's `_locales`
 * folder: `pt_BR`, `zh_CN`), English first. Adding a file adds the language to every test here.
 */
export const LOCALES: readonly string[] = readdirSync('locales')
  .filter((name) => name.endsWith('.yml'))
  .map((name) => name.slice(0, -'.yml'.length))
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
export type Locale = string;

type ChromeMessages = Record<string, { message: string }>;

const cache = new Map<Locale, ChromeMessages>();

/** The messages of `locales/<locale>.yml`, as the browser gets them (`group_key` names). */
export function chromeMessages(locale: Locale): ChromeMessages {
  let messages = cache.get(locale);
  if (!messages) {
    const text = readFileSync(`locales/${locale}.yml`, 'utf8');
    messages = generateChromeMessages(parseMessagesText(text, 'YAML')) as ChromeMessages;
    cache.set(locale, messages);
  }
  return messages;
}

/** Languages Chrome writes right to left (`@@bidi_dir`), among those it ships. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** Chrome's `getMessage` over one locale, falling back to English like the browser does. */
export function getMessageIn(locale: Locale, name: string, substitutions?: string | string[]): string {
  if (name === '@@bidi_dir') return RIGHT_TO_LEFT.has(locale.split('_')[0] as string) ? 'rtl' : 'ltr';
  if (name === '@@ui_locale') return locale;
  const message = chromeMessages(locale)[name]?.message ?? chromeMessages('en')[name]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** The English `getMessage` (kept for tests written before locales could switch). */
export function getMessage(name: string, substitutions?: string | string[]): string {
  return getMessageIn('en', name, substitutions);
}

/**
 * A message by its dotted key in a locale; with `count`, the sentence of that plural group the
 * locale's `Intl.PluralRules` picks (as `say` does), `$1` being the count unless given.
 */
export function messageIn(locale: Locale, key: string, substitutions: string[] = [], count?: number): string {
  if (count === undefined) return getMessageIn(locale, key.replaceAll('.', '_'), substitutions);
  const subs = substitutions.length === 0 ? [String(count)] : substitutions;
  // The fake answers '' for a missing message, so every group may be asked for its exact "0".
  return pickPlural(
    key,
    count,
    bcp47(locale),
    (formKey) => getMessageIn(locale, formKey.replaceAll('.', '_'), subs),
    true,
  );
}

/** The BCP 47 tag a locale's messages are written in (`common.locale`: `pt-BR` for `pt_BR`). */
export function bcp47(locale: Locale): string {
  return chromeMessages(locale).common_locale?.message ?? locale.replace('_', '-');
}

/** Renders every phrase inside `value` (a result, a list, an object of errors) in `locale`. */
export function inLocale<T>(locale: Locale, value: T): unknown {
  if (isPhrase(value))
    return renderPhrase(value as Phrase, (key, subs, count) => messageIn(locale, key, subs, count));
  if (Array.isArray(value)) return value.map((x) => inLocale(locale, x));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLocale(locale, v)]));
  }
  return value;
}

/** `inLocale('en', value)`: lib/ results with their phrases in the English the page shows. */
export function inEnglish<T>(value: T): unknown {
  return inLocale('en', value);
}

/** Makes `browser.i18n` answer in `locale` for the rest of the test, as a browser in that language. */
export function useLocale(locale: Locale): void {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (name: string, substitutions?: string | string[]) =>
      getMessageIn(locale, name, substitutions),
    // Chrome's UI language for that folder: `pt-BR` for `pt_BR` (a browser in that language).
    getUILanguage: () => bcp47(locale),
  });
}

useLocale('en');
beforeEach(() => useLocale('en'));
