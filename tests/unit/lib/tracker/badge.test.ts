import { describe, expect, it } from 'vitest';
import {
  BADGE_COLORS,
  badgeFor,
  compactMinutes,
  PAUSE_MARK,
  WAITING_MARK,
} from '../../../../lib/tracker/badge';
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
/** 14:30 local time, whatever the zone: not a midnight. */
const AFTERNOON = new Date(2026, 11, 7, 14, 30).getTime();

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
      'stays empty below the threshold: no tally of time alone',
      viewWith(45),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — 45 min on your own at the screen' },
    ],
    [
      'stays empty near the threshold, the minutes only in the title',
      viewWith(72),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — 1 h 12 min on your own at the screen' },
    ],
    [
      'stays empty past the threshold while no moment is waiting (a nudge was just shown)',
      viewWith(100, { deferredBy: 'repeat-wait' }),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — 1 h 40 min on your own at the screen' },
    ],
    [
      'shows a small dot when a moment is waiting',
      viewWith(90, { nudgeDue: true, deferredBy: null }),
      {
        text: WAITING_MARK,
        color: BADGE_COLORS.reached,
        title: 'Attune — 1 h 30 min on your own at the screen · a moment for connection is waiting',
      },
    ],
    [
      'shows the small pause mark and its end while paused',
      viewWith(100, { paused: true, pausedUntil: AFTERNOON }),
      { text: PAUSE_MARK, color: BADGE_COLORS.paused, title: `Attune — paused until clock(${AFTERNOON})` },
    ],
    [
      'says "for the rest of today" for a pause that ends at midnight',
      viewWith(100, { paused: true, pausedUntil: new Date(2026, 11, 8, 0, 0).getTime() }),
      { text: PAUSE_MARK, color: BADGE_COLORS.paused, title: 'Attune — paused for the rest of today' },
    ],
    [
      'says when the person is on a break',
      viewWith(0, { away: true }),
      { text: '', color: BADGE_COLORS.calm, title: 'Attune — on a break' },
    ],
  ])('%s', (_name, view, expected) => {
    expect(inEnglish(badgeFor(view, SETTINGS, MINUTE, clock))).toEqual(expected);
  });

  it('shows the dot when the caller knows a moment is waiting (a knock not yet answered)', () => {
    const badge = badgeFor(viewWith(95, { deferredBy: 'repeat-wait' }), SETTINGS, MINUTE, clock, 'en', {
      waiting: true,
    });

    expect(badge.text).toBe(WAITING_MARK);
  });

  it.each<[number, Partial<TrackerView>, string, string]>([
    [44, {}, '', BADGE_COLORS.calm],
    [45, {}, '45m', BADGE_COLORS.calm],
    [72, {}, '1h', BADGE_COLORS.near],
    [90, { nudgeDue: true, deferredBy: null }, '1h', BADGE_COLORS.reached],
  ])('with "Show minutes on the toolbar button", %s minutes read %j', (minutes, extra, text, color) => {
    const badge = badgeFor(viewWith(minutes, extra), SETTINGS, MINUTE, clock, 'en', { showMinutes: true });

    expect({ text: badge.text, color: badge.color }).toEqual({ text, color });
  });

  it('follows the threshold setting', () => {
    const shorter = { ...SETTINGS, thresholdMin: 30 };

    expect(badgeFor(viewWith(30), shorter, MINUTE, clock, 'en', { showMinutes: true }).color).toBe(
      BADGE_COLORS.reached,
    );
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

  it.each([
    ['pause', PAUSE_MARK],
    ['waiting', WAITING_MARK],
  ])('keeps the %s mark to one narrow character, so it covers little of the icon', (_name, mark) => {
    expect([...mark]).toHaveLength(1);
  });
});
