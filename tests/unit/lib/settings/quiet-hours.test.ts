import { describe, expect, it } from 'vitest';
import {
  formatClock,
  isQuietAt,
  isValidClock,
  minutesUntilQuietEnds,
  parseClock,
  type QuietWindow,
} from '../../../../lib/settings/quiet-hours';

const hm = (h: number, m = 0) => h * 60 + m;
const window = (start: string, end: string, enabled = true): QuietWindow => ({ enabled, start, end });

describe('quiet hours', () => {
  it.each<[string, QuietWindow, number, boolean]>([
    ['is quiet at the start of a window that wraps midnight', window('22:00', '07:00'), hm(22), true],
    ['is quiet just before midnight', window('22:00', '07:00'), hm(23, 59), true],
    ['is quiet at midnight', window('22:00', '07:00'), hm(0), true],
    ['is quiet just before the end', window('22:00', '07:00'), hm(6, 59), true],
    ['is not quiet at the end (end is exclusive)', window('22:00', '07:00'), hm(7), false],
    ['is not quiet in the afternoon', window('22:00', '07:00'), hm(14), false],
    ['is not quiet just before the start', window('22:00', '07:00'), hm(21, 59), false],
    ['is quiet inside a same-day window', window('12:30', '13:30'), hm(13), true],
    ['is not quiet before a same-day window', window('12:30', '13:30'), hm(12, 29), false],
    ['is not quiet after a same-day window', window('12:30', '13:30'), hm(13, 30), false],
    ['is never quiet when switched off', window('22:00', '07:00', false), hm(23), false],
    ['treats start equal to end as no quiet hours', window('07:00', '07:00'), hm(7), false],
    ['treats a malformed time as no quiet hours', window('25:00', '07:00'), hm(3), false],
    ['wraps minutes outside 0–1439 onto the day', window('22:00', '07:00'), hm(24) + hm(1), true],
  ])('%s', (_name, quiet, minute, expected) => {
    expect(isQuietAt(quiet, minute)).toBe(expected);
  });

  it.each<[string, number | null]>([
    ['00:00', 0],
    ['07:05', 425],
    ['23:59', 1439],
    ['24:00', null],
    ['7:05', null],
    ['07:60', null],
    ['07:05 ', null],
    ['', null],
  ])('parses %j as %s', (text, expected) => {
    expect(parseClock(text)).toBe(expected);
    expect(isValidClock(text)).toBe(expected !== null);
  });

  it('formats a minute of the day back as HH:MM', () => {
    expect([formatClock(0), formatClock(425), formatClock(1439), formatClock(1440 + 61)]).toEqual([
      '00:00',
      '07:05',
      '23:59',
      '01:01',
    ]);
  });
});

describe('minutesUntilQuietEnds', () => {
  const NIGHT = { enabled: true, start: '22:00', end: '07:00' };

  it.each([
    [23 * 60, 8 * 60],
    [6 * 60 + 59, 1],
    [0, 7 * 60],
    [22 * 60, 9 * 60],
  ])('at minute %s of the day, quiet hours 22:00–07:00 end in %s minutes', (minute, left) => {
    expect(minutesUntilQuietEnds(NIGHT, minute)).toBe(left);
  });

  it('is null outside quiet hours or when they are off', () => {
    expect(minutesUntilQuietEnds(NIGHT, 12 * 60)).toBeNull();
    expect(minutesUntilQuietEnds({ ...NIGHT, enabled: false }, 23 * 60)).toBeNull();
  });
});
