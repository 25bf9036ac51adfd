/**
 * The extension's words in the browser's language: `locales/<lang>.yml` through `@wxt-dev/i18n`
 * (which reads `browser.i18n`), plus the locale for `Intl` numbers, durations and clock times.
 *
 * `message`, `uiLocale` and `clockTime` read `browser.i18n` themselves, without `@wxt-dev/i18n`:
 * they are all the background needs, and its size has a budget (`npm run bench`).
 */

import { browser } from 'wxt/browser';
import { type GeneratedI18nStructure, i18n } from '#i18n';
import { parseClock } from '../../lib/settings/quiet-hours';
import { clockAt, clockOfDay } from '../../lib/words/clock';
import { type Phrase, renderPhrase } from '../../lib/words/phrase';
import { pickPlural } from '../../lib/words/plural';

/** A message key of `locales/en.yml`, checked by TypeScript. */
export type MessageKey = keyof GeneratedI18nStructure;

/**
 * `i18n.t` for keys chosen at run time (a phrase from lib/, a reflection, a default template).
 * The parity test (tests/unit/i18n/parity.test.ts) checks those keys instead of TypeScript.
 */
export const translate = i18n.t as unknown as (key: string, ...args: unknown[]) => string;

/**
 * A message of `locales/<lang>.yml` by its dotted key (`nudge.title`), `$1`… filled in, as `i18n.t`
 * gives it.
 */
export function message(key: string, substitutions: readonly string[] = []): string {
  // Typed for Chrome's predefined names only: Attune's own come from the locale files.
  const i18n = browser.i18n as unknown as {
    getMessage(name: string, substitutions: readonly string[]): string;
  };
  return i18n.getMessage(key.replaceAll('.', '_'), substitutions);
}

/**
 * The locale for `Intl`: the browser's UI language when Attune's messages are in its language
 * (`en-GB` keeps its region: "14:30" under English messages), else the language the messages are
 * written in (`common.locale`, a BCP 47 tag: `pt-BR`, `zh-CN`, whose region then counts), so
 * "1 h 12 min" or "14:30" always match the sentence around them (a Swedish browser reads English
 * sentences with English numbers). Kept this small on purpose: the background has a size budget.
 */
export function uiLocale(): string {
  const written = message('common.locale') || 'en';
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // No i18n API (never in a real extension page): the messages' language.
  }
  return ui && ui.toLowerCase().split(/[-_]/)[0] === written ? ui.replace('_', '-') : written;
}

/**
 * The plural groups with an exact `"0"` sentence (the parity test checks this list against
 * `locales/en.yml`). Only they are asked for it: Firefox logs an error for a missing message.
 */
export const EXACT_ZERO: ReadonlySet<string> = new Set([
  'insights.chart_connections',
  'insights.reached_out',
  'insights.nudges_acted_on',
]);

/** A plural group of `locales/en.yml` (`insights.reached_out`): its sentences are `.one`, `.other`… */
export type PluralKey = { [K in MessageKey]: K extends `${infer Group}.other` ? Group : never }[MessageKey];

/**
 * The sentence of plural group `key` for `count` in the messages' language (`lib/words/plural.ts`
 * picks it with `Intl.PluralRules`); `$1` is the count in the locale's digits unless
 * `substitutions` are given.
 */
export function translatePlural(key: PluralKey, count: number, substitutions?: readonly string[]): string {
  const locale = uiLocale();
  const subs = substitutions ?? [new Intl.NumberFormat(locale).format(count)];
  return pickPlural(key, count, locale, (formKey) => message(formKey, subs), EXACT_ZERO.has(key));
}

/** Says a phrase from lib/ in the browser's language. */
export function say(p: Phrase): string {
  const locale = uiLocale();
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  return renderPhrase(
    p,
    (key, substitutions, count) =>
      count === undefined
        ? translate(key, substitutions)
        : pickPlural(key, count, locale, (formKey) => message(formKey, substitutions), EXACT_ZERO.has(key)),
    (n) => number.format(n),
  );
}

/** A local clock time ("14:30", "2:30 PM") in the UI's locale and its own hour cycle. */
export function clockTime(ms: number): string {
  return clockAt(ms, uiLocale());
}

/** A stored "HH:MM" (quiet hours) written as `clockTime` writes that time; malformed text as it is. */
export function clockText(text: string): string {
  const minute = parseClock(text);
  return minute === null ? text : clockOfDay(minute, uiLocale());
}

/**
 * Whether the messages are written right to left (Arabic): Chrome's and Firefox's predefined
 * `@@bidi_dir` follows the language the messages came from.
 */
export function isRightToLeft(): boolean {
  return message('@@bidi_dir') === 'rtl';
}

/**
 * Gives a page its language (for screen readers and hyphenation), its direction (Arabic reads right
 * to left: every page's CSS uses logical properties, so the layout mirrors) and its title.
 */
export function localizePage(title: string): void {
  document.documentElement.lang = i18n.t('common.locale') || 'en';
  document.documentElement.dir = isRightToLeft() ? 'rtl' : 'ltr';
  document.title = title;
}
