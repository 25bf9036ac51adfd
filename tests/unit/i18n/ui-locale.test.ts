/** The locale `Intl` gets: the browser's own tag when the messages are in its language. */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clockTime, uiLocale } from '../../../platform/shared/i18n';

/** A browser whose UI language is `ui`, reading messages written in `written`. */
function browserIn(ui: string, written: string): void {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (name: string) => (name === 'common_locale' ? written : ''),
    getUILanguage: () => ui,
  });
}

describe('the locale for numbers, dates and clock times', () => {
  it.each([
    ['en-GB', 'en', 'en-GB'],
    ['es-419', 'es', 'es-419'],
    ['pt-BR', 'pt-BR', 'pt-BR'],
    ['pt_BR', 'pt-BR', 'pt-BR'],
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['ar', 'ar', 'ar'],
    // Messages fell back to another language, or to another region's: theirs decide.
    ['sv', 'en', 'en'],
    ['zh-TW', 'zh-CN', 'zh-CN'],
    ['pt-PT', 'pt-BR', 'pt-BR'],
    ['', 'fr', 'fr'],
    ['de', '', 'en'],
  ])('a %s browser reading %s messages gets %s', (ui, written, locale) => {
    browserIn(ui, written);

    expect(uiLocale()).toBe(locale);
  });

  it('writes a clock time the way a Brazilian browser does', () => {
    browserIn('pt-BR', 'pt-BR');
    const at = new Date(2026, 0, 5, 14, 30).getTime();

    expect(uiLocale()).toBe('pt-BR');
    expect(clockTime(at)).toBe('14:30');
  });
});
