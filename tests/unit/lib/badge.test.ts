import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, compactMinutes, PAUSE_MARK } from '../../../lib/badge';
import { formatDurationWords } from '../../../lib/duration';
import type { TrackerSettings, TrackerView } from '../../../lib/tracker';
import { inEnglish } from '../setup-i18n';

const MINUTE = 1000;
const SETTINGS: TrackerSettings = {
  thresholdMin: 90,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: true, start: '22:00', end: '07:00' },
};
const clock = (ms: number) => `clock(${ms})`;

function viewWith(solitaryMin: number, extra: Partial<TrackerView> = {}): TrackerView {
  return {
    solitaryMs: solitaryMin * MINUTE,
    solitaryMin: Math.floor(solitaryMin),
    sessionActiveMs: solitaryMin * MINUTE,
    paused: false,
    nudgeDue: false,
    deferredBy: 'below-threshold',
    activity: 'active',
    away: false,
    inCall: false,
    ...extra,
  };
}

describe('formatDurationWords', () => {
  it.each<[number, string]>([
    [0, '0 min'],
    [0.9, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [72, '1 h 12 min'],
    [125.5, '2 h 5 min'],
    [-3, '0 min'],
  ])('says %s minutes as %j', (minutes, expected) => {
    expect(formatDurationWords(minutes * MINUTE, MINUTE)).toBe(expected);
  });
});

describe('compactMinutes', () => {
  it.each<[number, string]>([
    [0, '0m'],
    [45, '45m'],
    [60, '1h'],
    [80, '1h20'],
    [125, '2h05'],
    [120, '2h'],
    [605, '10h'],
    [6000, '99h+'],
  ])('writes %s minutes as %j, within four characters', (minutes, expected) => {
    expect(compactMinutes(minutes)).toBe(expected);
    expect(compactMinutes(minutes).length).toBeLessThanOrEqual(4);
  });
});

describe('badgeFor', () => {
  it.each<[string, TrackerView, { text: string; color: string; title: string }]>([
    [
      'stays empty below half the threshold',
      viewWith(44),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — 44 min on your own at the screen' },
    ],
    [
      'shows the time in soft green from half the threshold',
      viewWith(45),
      { text: '45m', color: BADGE_COLORS.calm, title: 'Attune — 45 min on your own at the screen' },
    ],
    [
      'turns amber as the threshold nears',
      viewWith(72),
      { text: '1h12', color: BADGE_COLORS.near, title: 'Attune — 1 h 12 min on your own at the screen' },
    ],
    [
      'turns a warm rose at the threshold',
      viewWith(90),
      { text: '1h30', color: BADGE_COLORS.reached, title: 'Attune — 1 h 30 min on your own at the screen' },
    ],
    [
      'shows the pause mark and its end while paused',
      viewWith(100, { paused: true, pausedUntil: 5 }),
      { text: PAUSE_MARK, color: BADGE_COLORS.paused, title: 'Attune — paused until clock(5)' },
    ],
    [
      'says when the person is on a break',
      viewWith(0, { away: true }),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — on a break' },
    ],
  ])('%s', (_name, view, expected) => {
    expect(inEnglish(badgeFor(view, SETTINGS, MINUTE, clock))).toEqual(expected);
  });

  it('follows the threshold setting', () => {
    const shorter = { ...SETTINGS, thresholdMin: 30 };

    expect(badgeFor(viewWith(30), shorter, MINUTE, clock).color).toBe(BADGE_COLORS.reached);
  });

  it('keeps the pause mark within four characters', () => {
    expect([...PAUSE_MARK].length).toBeLessThanOrEqual(4);
  });
});
