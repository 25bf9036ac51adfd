/**
 * The extension's words in the browser's language: `locales/<lang>.yml` through `@wxt-dev/i18n`
 * (which reads `browser.i18n`), plus the locale for `Intl` numbers, durations and clock times.
 *
 * `message`, `uiLocale` and `clockTime` read `browser.i18n` themselves, without `@wxt-dev/i18n`:
 * they are all the background needs, and its size has a budget (`npm run bench`).
 */

import { browser } from 'wxt/browser';
import { type GeneratedI18nStructure, i18n } from '#i18n';
import { parseClock } from '../lib/settings/quiet-hours';
import { clockAt, clockOfDay } from '../lib/words/clock';
import { type Phrase, renderPhrase } from '../lib/words/phrase';

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
 * The locale for `Intl`: the browser's UI language when Attune has messages in it, else the
 * language the messages fall back to (`common.locale`), so "1 h 12 min" or "14:30" always match
 * the sentence around them (a German browser reads English sentences with English numbers).
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

/** Says a phrase from lib/ in the browser's language. */
export function say(p: Phrase): string {
  const locale = uiLocale();
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  return renderPhrase(
    p,
    (key, substitutions, count) =>
      count === undefined ? translate(key, substitutions) : translate(key, count, substitutions),
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

/** Gives a page its language (for screen readers and hyphenation) and its title in that language. */
export function localizePage(title: string): void {
  document.documentElement.lang = i18n.t('common.locale') || 'en';
  document.title = title;
}
