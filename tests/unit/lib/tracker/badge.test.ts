import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, compactMinutes, PAUSE_MARK } from '../../../../lib/tracker/badge';
import type { TrackerSettings, TrackerView } from '../../../../lib/tracker/tracker';
import { formatDurationWords } from '../../../../lib/words/duration';
import { inEnglish } from '../../setup-i18n';

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
    sessionActiveMs: solitaryMin * MINUTE,
    paused: false,
    pausedUntil: null,
    snoozedUntil: null,
    nudgeDue: false,
    deferredBy: 'below-threshold',
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
    [59, '59m'],
    [60, '1h'],
    [80, '1h'],
    [125, '2h'],
    [120, '2h'],
    [605, '10h'],
    [6000, '99h'],
  ])('writes %s minutes as %j, within three characters so it always fits', (minutes, expected) => {
    expect(compactMinutes(minutes)).toBe(expected);
    expect(compactMinutes(minutes).length).toBeLessThanOrEqual(3);
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
      'turns ochre as the threshold nears',
      viewWith(72),
      { text: '1h', color: BADGE_COLORS.near, title: 'Attune — 1 h 12 min on your own at the screen' },
    ],
    [
      'turns a soft plum at the threshold',
      viewWith(90),
      { text: '1h', color: BADGE_COLORS.reached, title: 'Attune — 1 h 30 min on your own at the screen' },
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

  it.each<[string, Partial<TrackerView>, object, string]>([
    ['snoozed', { snoozedUntil: 7 }, {}, 'Attune — 1 h on your own at the screen · snoozed until clock(7)'],
    [
      'quiet hours',
      {},
      { quietUntil: 9 },
      'Attune — 1 h on your own at the screen · quiet hours until clock(9)',
    ],
    ['a call', { inCall: true }, {}, 'Attune — 1 h on your own at the screen · in a call, so quiet'],
    [
      'the daily cap',
      { deferredBy: 'daily-cap' },
      {},
      'Attune — 1 h on your own at the screen · no more nudges today',
    ],
  ])('says in the title why Attune is quiet: %s', (_name, extra, quiet, title) => {
    const badge = inEnglish(badgeFor(viewWith(60, extra), SETTINGS, MINUTE, clock, 'en', quiet)) as {
      title: string;
    };
    expect(badge.title).toBe(title);
  });

  it('never uses an alarm red', () => {
    for (const color of Object.values(BADGE_COLORS)) {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      expect(r - Math.max(g, b), color).toBeLessThan(60);
    }
  });

  it('keeps the pause mark within four characters', () => {
    expect([...PAUSE_MARK].length).toBeLessThanOrEqual(4);
  });
});
