import { describe, expect, it } from 'vitest';
import {
  addSolitarySpan,
  countOn,
  type DayKeyOf,
  localDayKey,
  pruneStats,
  recordLongest,
  repairStats,
  type Stats,
} from '../../../../lib/history/stats';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// A fixed UTC+2 zone, so the local midnight is 22:00 UTC whatever machine runs the tests.
const utcPlus2: DayKeyOf = (ms) => new Date(ms + 2 * HOUR).toISOString().slice(0, 10);
const local = (day: string, h: number, m = 0) =>
  Date.parse(`${day}T00:00:00Z`) - 2 * HOUR + h * HOUR + m * MINUTE;
const day = (solitaryMin: number, extra: Partial<Stats[string]> = {}) => ({
  solitaryMin,
  longestMin: 0,
  nudges: 0,
  connections: 0,
  ...extra,
});

describe('stats', () => {
  it.each<[string, number, number, Stats]>([
    [
      'adds a span within one day',
      local('2025-03-10', 14),
      local('2025-03-10', 14, 30),
      { '2025-03-10': day(30) },
    ],
    [
      'splits a span across local midnight',
      local('2025-03-10', 23, 40),
      local('2025-03-11', 0, 15),
      { '2025-03-10': day(20), '2025-03-11': day(15) },
    ],
    [
      'splits a span over several days',
      local('2025-03-10', 23),
      local('2025-03-12', 1),
      { '2025-03-10': day(60), '2025-03-11': day(1440), '2025-03-12': day(60) },
    ],
    ['ignores an empty or backwards span', local('2025-03-10', 14), local('2025-03-10', 13), {}],
  ])('%s', (_name, from, to, expected) => {
    expect(addSolitarySpan({}, from, to, utcPlus2, MINUTE)).toEqual(expected);
  });

  it('adds to what the day already holds', () => {
    const stats = { '2025-03-10': day(10, { nudges: 2 }) };

    const next = addSolitarySpan(stats, local('2025-03-10', 9), local('2025-03-10', 9, 5), utcPlus2, MINUTE);

    expect(next).toEqual({ '2025-03-10': day(15, { nudges: 2 }) });
    expect(stats).toEqual({ '2025-03-10': day(10, { nudges: 2 }) });
  });

  it('keeps only the longest stretch of a day', () => {
    const stats = recordLongest(recordLongest({}, '2025-03-10', 80), '2025-03-10', 45);

    expect(stats['2025-03-10']?.longestMin).toBe(80);
  });

  it('counts nudges and connections per day', () => {
    const stats = countOn(
      countOn(countOn({}, '2025-03-10', 'nudges'), '2025-03-10', 'nudges'),
      '2025-03-11',
      'connections',
    );

    expect(stats).toEqual({ '2025-03-10': day(0, { nudges: 2 }), '2025-03-11': day(0, { connections: 1 }) });
  });

  it('keeps twelve weeks and drops older days', () => {
    const stats = { '2025-03-10': day(1), '2024-12-17': day(2), '2024-12-16': day(3), '2025-03-11': day(4) };

    expect(Object.keys(pruneStats(stats, '2025-03-10')).sort()).toEqual([
      '2024-12-17',
      '2025-03-10',
      '2025-03-11',
    ]);
  });

  describe('pruning when the clock jumps', () => {
    /** Twelve weeks of daily use ending on 2025-03-10, each day with a minute more than the last. */
    const weeks: Stats = Object.fromEntries(
      Array.from({ length: 84 }, (_, i) => [
        new Date(Date.UTC(2024, 11, 17 + i)).toISOString().slice(0, 10),
        day(i + 1),
      ]),
    );
    const saveOn = (stats: Stats, key: string, minutes = 5) =>
      pruneStats({ ...stats, [key]: day(minutes) }, key);

    it('a save with the clock 100 days ahead keeps the whole history', () => {
      const after = saveOn(weeks, '2025-06-18');

      expect(Object.keys(after)).toHaveLength(85);
      expect(after['2024-12-17']).toEqual(day(1));
    });

    it('a wrong clock for several saves of one day deletes nothing either', () => {
      const once = saveOn(weeks, '2025-06-18', 5);
      const twice = saveOn(once, '2025-06-18', 9);

      expect(Object.keys(twice)).toHaveLength(85);
    });

    it('once the clock is right again, the next save keeps the twelve weeks before today', () => {
      const wild = saveOn(weeks, '2025-06-18');

      const back = saveOn(wild, '2025-03-11');

      expect(back['2024-12-17']).toBeUndefined();
      expect(back['2024-12-18']).toEqual(day(2));
      expect(Object.keys(back)).toHaveLength(85); // 84 days up to today, and the day the clock was ahead
    });

    it('in daily use the day twelve weeks back goes at the first save of the next day', () => {
      expect(saveOn(weeks, '2025-03-11')['2024-12-17']).toBeUndefined();
    });

    it('after a real absence longer than twelve weeks, the old days go on the second day of use', () => {
      const firstDay = saveOn(weeks, '2025-07-01');
      const secondDay = saveOn(firstDay, '2025-07-02');

      expect(Object.keys(firstDay)).toHaveLength(85);
      expect(Object.keys(secondDay)).toEqual(['2025-07-01', '2025-07-02']);
    });
  });

  it('gives the local day key in the runtime time zone', () => {
    const noon = new Date(2025, 2, 10, 12).getTime();

    expect(localDayKey(noon)).toBe('2025-03-10');
  });

  it.each<[string, unknown, Stats]>([
    ['keeps valid days', { '2025-03-10': day(5) }, { '2025-03-10': day(5) }],
    [
      'drops a day with damaged numbers',
      { '2025-03-10': day(5), '2025-03-11': { ...day(1), nudges: -1 } },
      { '2025-03-10': day(5) },
    ],
    ['drops a day with a missing field', { '2025-03-10': { solitaryMin: 3 } }, {}],
    ['drops a malformed day key', { yesterday: day(5), '2025-02-30': day(1) }, {}],
    ['turns something that is not an object into empty stats', 'oops', {}],
    ['turns null into empty stats', null, {}],
  ])('validates stored stats: %s', (_name, raw, expected) => {
    expect(repairStats(raw)).toEqual(expected);
  });
});
