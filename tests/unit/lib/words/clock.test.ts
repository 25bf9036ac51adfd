import { describe, expect, it } from 'vitest';
import { clockAt, clockOfDay, isLocalMidnight } from '../../../../lib/words/clock';

const at = (hours: number, minutes: number) => new Date(2026, 11, 7, hours, minutes).getTime();

describe('clock times in the locale’s own clock', () => {
  it.each([
    ['en', 7 * 60, '7:00 AM'],
    ['en', 22 * 60, '10:00 PM'],
    ['en-GB', 7 * 60, '07:00'],
    ['es', 7 * 60, '07:00'],
    ['es', 22 * 60 + 30, '22:30'],
    ['de', 0, '00:00'],
  ])('in %s, minute %i of the day reads %j', (locale, minute, expected) => {
    expect(clockOfDay(minute, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it.each(['en', 'en-GB', 'es', 'de', 'fr', 'ja', 'ko', 'ar', 'hi'])(
    'in %s, a stored quiet-hours time and an instant at that time read the same',
    (locale) => {
      for (const [h, m] of [
        [7, 0],
        [22, 0],
        [0, 5],
        [12, 30],
      ] as const) {
        expect(clockAt(at(h, m), locale)).toBe(clockOfDay(h * 60 + m, locale));
      }
    },
  );

  it('never writes a two-digit hour next to AM/PM ("07:00 AM")', () => {
    expect(clockAt(at(7, 0), 'en')).not.toMatch(/^0\d/);
  });
});

describe('isLocalMidnight', () => {
  it.each([
    [at(0, 0), true],
    [at(0, 1), false],
    [at(12, 0), false],
    [at(23, 59), false],
  ])('%i → %s', (ms, expected) => {
    expect(isLocalMidnight(ms)).toBe(expected);
  });
});
