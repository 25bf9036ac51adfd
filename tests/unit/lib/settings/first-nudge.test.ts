import { describe, expect, it } from 'vitest';
import { firstNudge, spokenMinutes } from '../../../../lib/settings/first-nudge';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';

const NOON = 12 * 60;

describe('firstNudge', () => {
  it('comes after the threshold, outside the quiet hours, by default 90 minutes and 22:00–07:00', () => {
    expect(firstNudge(DEFAULT_SETTINGS, NOON)).toEqual({
      afterMin: 90,
      quiet: { start: '22:00', end: '07:00' },
      breakMin: 5,
      quietNow: false,
    });
  });

  it('follows the chosen rhythm and quiet hours', () => {
    const settings = {
      thresholdMin: 120,
      breakMin: 10,
      quietHours: { enabled: true, start: '21:30', end: '06:00' },
    };

    expect(firstNudge(settings, NOON)).toEqual({
      afterMin: 120,
      quiet: { start: '21:30', end: '06:00' },
      breakMin: 10,
      quietNow: false,
    });
  });

  it.each([
    [3 * 60 + 4, true],
    [22 * 60, true],
    [6 * 60 + 59, true],
    [7 * 60, false],
    [21 * 60 + 59, false],
  ])('at minute %i of the day, says whether it is quiet hours now (%s)', (minute, quietNow) => {
    expect(firstNudge(DEFAULT_SETTINGS, minute).quietNow).toBe(quietNow);
  });

  it('is never quiet now when quiet hours are off', () => {
    const quietHours = { enabled: false, start: '22:00', end: '07:00' };

    expect(firstNudge({ ...DEFAULT_SETTINGS, quietHours }, 3 * 60).quietNow).toBe(false);
  });

  it.each([
    ['off', { enabled: false, start: '22:00', end: '07:00' }],
    ['empty', { enabled: true, start: '08:00', end: '08:00' }],
  ])('names no quiet hours when they are %s', (_what, quietHours) => {
    expect(firstNudge({ ...DEFAULT_SETTINGS, quietHours }, NOON).quiet).toBeNull();
  });
});

describe('spokenMinutes', () => {
  it.each([
    [90, 'en', '90 minutes'],
    [60, 'en', '1 hour'],
    [120, 'en', '2 hours'],
    [150, 'en', '150 minutes'],
    [45, 'es', '45 minutos'],
    [120, 'es', '2 horas'],
  ])('%i minutes in %s → %s', (minutes, locale, words) => {
    expect(spokenMinutes(minutes, locale)).toBe(words);
  });
});
