import { describe, expect, it } from 'vitest';
import { summaryWords } from '../../../../entrypoints/insights/words';
import {
  aboutMinutes,
  addDays,
  csvField,
  csvFileName,
  daysSinceStart,
  formatTick,
  lastDays,
  lastWeeks,
  summarise,
  toCsv,
  weeksSinceStart,
} from '../../../../lib/history/insights';
import type { DayStats, Stats } from '../../../../lib/history/stats';
import { formatDurationWords, formatHoursAndMinutes } from '../../../../lib/words/duration';
import { getMessage, useLocale } from '../../setup-i18n';

const day = (solitaryMin: number, longestMin = 0, connections = 0, nudges = 0): DayStats => ({
  solitaryMin,
  longestMin,
  nudges,
  connections,
});

/** Every one of the 84 days up to `today`, day i (0 = oldest) with i + 1 minutes and a connection. */
function fullStats(today: string): Stats {
  const stats: Stats = {};
  for (let i = 0; i < 84; i++) stats[addDays(today, i - 83)] = day(i + 1, i + 1, 1, 1);
  return stats;
}

// 2025-03-12 is a Wednesday.
const WEDNESDAY = '2025-03-12';

describe('addDays', () => {
  it.each([
    ['2025-03-12', -1, '2025-03-11'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-26', 1, '2025-10-27'],
  ])('%s %+d → %s', (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected);
  });
});

describe('lastDays', () => {
  it('gives 7 empty days ending today when nothing is stored', () => {
    const days = lastDays({}, WEDNESDAY, 7);

    expect(days.map((d) => d.key)).toEqual([
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
    expect(days.every((d) => !d.recorded && d.solitaryMin === 0 && d.connections === 0)).toBe(true);
  });

  it('places one stored day and leaves the others at zero', () => {
    const days = lastDays({ '2025-03-10': day(42, 30, 2, 1) }, WEDNESDAY, 7);

    expect(days.filter((d) => d.recorded)).toEqual([
      { key: '2025-03-10', solitaryMin: 42, longestMin: 30, nudges: 1, connections: 2, recorded: true },
    ]);
  });

  it('keeps the order when days are missing in the middle, across a year boundary', () => {
    const stats = { '2024-12-30': day(10), '2025-01-02': day(20) };

    const days = lastDays(stats, '2025-01-02', 5);

    expect(days.map((d) => [d.key, d.solitaryMin])).toEqual([
      ['2024-12-29', 0],
      ['2024-12-30', 10],
      ['2024-12-31', 0],
      ['2025-01-01', 0],
      ['2025-01-02', 20],
    ]);
  });

  it('ignores days after today (a clock that ran ahead)', () => {
    const days = lastDays({ '2025-03-13': day(99) }, WEDNESDAY, 7);

    expect(days.some((d) => d.recorded)).toBe(false);
  });
});

describe('lastWeeks', () => {
  it('gives 12 Monday-start weeks, the last one this week up to today', () => {
    const weeks = lastWeeks({}, WEDNESDAY, 12);

    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ start: '2024-12-23', end: '2024-12-29', days: 7, current: false });
    expect(weeks[11]).toMatchObject({ start: '2025-03-10', end: '2025-03-12', days: 3, current: true });
    expect(weeks.every((w) => new Date(`${w.start}T00:00:00Z`).getUTCDay() === 1)).toBe(true);
    expect(weeks.every((w) => !w.recorded && w.solitaryMin === 0)).toBe(true);
  });

  it.each([
    ['Monday', '2025-03-10', '2025-03-10', 1],
    ['Sunday', '2025-03-16', '2025-03-10', 7],
  ])('on a %s, this week starts %s… (%s, %i days)', (_, today, start, days) => {
    const current = lastWeeks({}, today, 12).at(-1);

    expect(current).toMatchObject({ start, end: today, days, current: true });
  });

  it('puts Sunday in the week before and Monday in the new week', () => {
    const stats = { '2025-03-09': day(30, 20, 1), '2025-03-10': day(50, 45, 2) };

    const [previous, current] = lastWeeks(stats, WEDNESDAY, 2);

    expect(previous).toMatchObject({ start: '2025-03-03', solitaryMin: 30, longestMin: 20, connections: 1 });
    expect(current).toMatchObject({ start: '2025-03-10', solitaryMin: 50, longestMin: 45, connections: 2 });
  });

  it('sums time and counts, and takes the longest stretch as the week’s maximum', () => {
    const stats = {
      '2025-03-03': day(10, 10, 1, 1),
      '2025-03-05': day(25, 25, 2, 0),
      '2025-03-07': day(5, 5),
    };

    const week = lastWeeks(stats, WEDNESDAY, 2)[0];

    expect(week).toMatchObject({
      solitaryMin: 40,
      longestMin: 25,
      connections: 3,
      nudges: 1,
      recorded: true,
    });
  });

  it('adds up a full 84 days of history: only what falls in the 12 weeks counts', () => {
    const stats = fullStats(WEDNESDAY);

    const weeks = lastWeeks(stats, WEDNESDAY, 12);

    // 12 Monday weeks up to a Wednesday cover 11 × 7 + 3 = 80 days: the 80 newest (5…84 minutes).
    const expected = Array.from({ length: 80 }, (_, i) => i + 5).reduce((a, b) => a + b, 0);
    expect(weeks.reduce((sum, w) => sum + w.solitaryMin, 0)).toBe(expected);
    expect(weeks.reduce((sum, w) => sum + w.connections, 0)).toBe(80);
    expect(weeks.at(-1)).toMatchObject({ days: 3, solitaryMin: 82 + 83 + 84, longestMin: 84 });
    expect(weeks.every((w) => w.recorded)).toBe(true);
  });
});

describe('durations on the Insights page, written as the popup writes them', () => {
  it.each([
    [0, '0 min'],
    [0.4, '0 min'],
    [45, '45 min'],
    [59.6, '59 min'],
    [60, '1 h'],
    [100, '1 h 40 min'],
    [360, '6 h'],
    [-5, '0 min'],
    [Number.NaN, '0 min'],
  ])('%d → %s', (minutes, words) => {
    expect(formatHoursAndMinutes(minutes, 'en')).toBe(words);
    // The status line's words for the same whole minutes.
    expect(formatDurationWords(minutes * 60_000, 60_000, 'en')).toBe(words);
  });

  it('in Spanish too', () => {
    expect(formatHoursAndMinutes(100, 'es')).toBe('1 h 40 min');
  });
});

describe('aboutMinutes', () => {
  it.each([
    [0, 0],
    [0.2, 1],
    [44.4, 44],
    [364, 360],
    [366, 370],
  ])('%d → about %d', (minutes, about) => {
    expect(aboutMinutes(minutes)).toBe(about);
  });
});

describe('since the first day with data', () => {
  it('keeps only the days and weeks from the first stored day on', () => {
    const stats = { '2025-03-10': day(30, 30, 1), [WEDNESDAY]: day(10, 10, 0) };

    expect(daysSinceStart(stats, WEDNESDAY, 7).map((d) => [d.key, d.recorded])).toEqual([
      ['2025-03-10', true],
      ['2025-03-11', false],
      [WEDNESDAY, true],
    ]);
    expect(weeksSinceStart(stats, WEDNESDAY, 12).map((w) => w.start)).toEqual(['2025-03-10']);
    expect(daysSinceStart({}, WEDNESDAY, 7)).toEqual([]);
    expect(weeksSinceStart({}, WEDNESDAY, 12)).toEqual([]);
  });
});

describe('formatTick', () => {
  it.each([
    [0, 'en', '0 min'],
    [45, 'en', '45 min'],
    [60, 'en', '1 h'],
    [90, 'en', '1.5 h'],
    [100, 'en', '1.7 h'],
    [90, 'es', '1,5 h'],
  ])('%d minutes in %s → %s', (minutes, locale, text) => {
    expect(formatTick(minutes, locale)).toBe(text);
  });
});

describe('summarise', () => {
  const words = summaryWords();

  it('says there is nothing yet when nothing is stored', () => {
    expect(summarise({}, WEDNESDAY, words)).toEqual(['Nothing here yet.']);
  });

  it('says the last 7 days were quiet when only older days are stored', () => {
    expect(summarise({ '2025-02-01': day(30, 30, 1) }, WEDNESDAY, words)).toEqual([
      'Nothing recorded in the last 7 days. Earlier weeks are below.',
    ]);
  });

  it.each([
    [0, 'When you reach out to someone, Attune will note it here.'],
    [1, 'You reached out once in the last 7 days.'],
    [4, 'You reached out 4 times in the last 7 days.'],
    [1200, 'You reached out 1,200 times in the last 7 days.'],
  ])('with %i connection moments: %s', (connections, line) => {
    const lines = summarise({ '2025-03-11': day(0, 0, connections) }, WEDNESDAY, words);

    expect(lines).toEqual([line]);
  });

  it('gives the time on their own, roughly, and the longest stretch', () => {
    const stats = {
      '2025-03-07': day(200, 100, 1),
      '2025-03-11': day(121.5, 60, 3),
      '2025-03-12': day(38.5, 30),
      '2025-03-01': day(500, 300, 9),
    };

    expect(summarise(stats, WEDNESDAY, words)).toEqual([
      'You reached out 4 times in the last 7 days.',
      // Each duration on one line: no break between its number and its unit.
      'About 6\u00a0h on your own at the screen in the last 7 days, longest stretch 1\u00a0h\u00a040\u00a0min.',
    ]);
  });

  it.each([
    [1, 1, 'One nudge in the last 7 days. You acted on 1 (reached out, or weren’t alone).'],
    [5, 2, '5 nudges in the last 7 days. You acted on 2 (reached out, or weren’t alone).'],
    [3, 0, '3 nudges in the last 7 days. None of them was followed by reaching out or “I wasn’t alone”.'],
  ])('with %i nudges, %i acted on, says so', (nudges, actedOn, line) => {
    const lines = summarise({ '2025-03-11': { ...day(0, 0, 0, nudges), actedOn } }, WEDNESDAY, words);

    expect(lines).toContain(line);
  });

  it.each([
    [1, 0, 'Un aviso en los últimos 7 días. Ninguno terminó en un contacto ni en «No estaba a solas».'],
    [1, 1, 'Un aviso en los últimos 7 días. Atendiste 1 (contactaste a alguien, o no estabas a solas).'],
    [4, 3, '4 avisos en los últimos 7 días. Atendiste 3 (contactaste a alguien, o no estabas a solas).'],
  ])('in Spanish, with %i nudges and %i acted on, each count takes its own form', (nudges, actedOn, line) => {
    useLocale('es');

    const lines = summarise(
      { '2025-03-11': { ...day(0, 0, 0, nudges), actedOn } },
      WEDNESDAY,
      summaryWords(),
    );

    expect(lines).toContain(line);
  });

  it('says nothing about nudges in a week without any', () => {
    const lines = summarise({ '2025-03-11': day(30, 10, 1) }, WEDNESDAY, words);

    expect(lines.some((line) => line.includes('nudge'))).toBe(false);
  });

  it('leaves out the longest stretch when none was recorded', () => {
    expect(summarise({ '2025-03-12': day(12) }, WEDNESDAY, words)[1]).toBe(
      'About 12\u00a0min on your own at the screen in the last 7 days.',
    );
  });

  it('never shames: no streaks, scores, comparisons or “should”', () => {
    const guilt =
      /streak|score|worse|better|fail|should|too much|too long|less than|more than|last week|goal/i;
    const samples: Stats[] = [
      {},
      { '2025-01-01': day(5) },
      fullStats(WEDNESDAY),
      { [WEDNESDAY]: day(900, 480) },
    ];
    const lines = samples.flatMap((stats) => summarise(stats, WEDNESDAY, words));
    const pageWords = Object.entries({ ...allInsightsMessages() }).map(([, text]) => text);

    expect(lines.length).toBeGreaterThan(4);
    for (const text of [...lines, ...pageWords]) expect(text).not.toMatch(guilt);
  });
});

/** Every English string under `insights:`, as the browser would show it. */
function allInsightsMessages(): Record<string, string> {
  const names = [
    'title',
    'intro',
    'empty',
    'quiet',
    'reached_out',
    'on_your_own',
    'on_your_own_longest',
    'days_chart',
    'weeks_chart',
    'chart_none',
    'data_note',
    'clear_question',
    'cleared',
  ];
  return Object.fromEntries(names.map((name) => [name, getMessage(`insights_${name}`, ['X', 'Y', 'Z'])]));
}

describe('toCsv', () => {
  it('writes the header only when nothing is stored', () => {
    expect(toCsv({})).toBe('date,solitary_minutes,longest_minutes,nudges,connections\r\n');
  });

  it('writes one row per stored day, sorted by date, minutes to two decimals, CRLF line ends', () => {
    const stats = {
      '2025-03-12': day(38.5, 30, 0, 1),
      '2024-12-31': day(121.333333, 60.129, 2, 3),
      '2025-01-01': day(0, 0, 1, 0),
    };

    expect(toCsv(stats)).toBe(
      'date,solitary_minutes,longest_minutes,nudges,connections\r\n' +
        '2024-12-31,121.33,60.13,3,2\r\n' +
        '2025-01-01,0,0,0,1\r\n' +
        '2025-03-12,38.5,30,1,0\r\n',
    );
  });

  it('has one row for each of 84 days', () => {
    const lines = toCsv(fullStats(WEDNESDAY)).trimEnd().split('\r\n');

    expect(lines).toHaveLength(85);
    expect(lines[1]).toBe('2024-12-19,1,1,1,1');
    expect(lines[84]).toBe('2025-03-12,84,84,1,1');
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    [42, '42'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('%j → %s (RFC 4180)', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('csvFileName', () => {
  it('names the file after the day', () => {
    expect(csvFileName(WEDNESDAY)).toBe('attune-insights-2025-03-12.csv');
  });
});
