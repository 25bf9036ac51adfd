import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { statusText } from '../../../../components/status-line';
import { clockText, clockTime } from '../../../../platform/shared/i18n';
import type { Status } from '../../../../platform/shared/messages';
import { type Locale, useLocale } from '../../setup-i18n';

const SEVEN_AM = new Date(2026, 11, 7, 7, 0).getTime();

describe('one clock on every surface', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[Locale, string]>([
    ['en', '7:00 AM'],
    ['es', '07:00'],
  ])('in %s, the quiet hours’ "07:00" and "until" 07:00 are written the same way', (locale, expected) => {
    useLocale(locale);

    const range = clockText('07:00');
    const until = clockTime(SEVEN_AM);

    expect(range.replace(/\s/g, ' ')).toBe(expected);
    expect(until).toBe(range);
  });

  it('says a pause that ends at midnight is for the rest of today, not "until 12:00 AM"', () => {
    useLocale('en');
    const midnight = new Date(2026, 11, 8, 0, 0).getTime();

    const text = statusText({ paused: true, pausedUntil: midnight } as Status);

    expect(text).toBe('Paused for the rest of today.');
  });
});
