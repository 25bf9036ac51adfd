import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { quietUntil } from '../../../../platform/worker/quiet-now';

/**
 * "Quiet hours until 07:00" on the two nights a year the clocks change: the end must be 07:00 on
 * the wall clock, not eight or nine hours of elapsed time later. Node reads `process.env.TZ` again
 * when it is assigned (Vitest runs each file in a child process's main thread), and every case
 * first checks the zone really took effect, so a runner that ignored it fails instead of passing.
 */
const NIGHTS: [zone: string, night: string, bedtimeUtc: string, sevenUtc: string, offsetAt23: number][] = [
  // 23:00 local on the evening before each change, and 07:00 local the morning after, in UTC.
  ['America/Los_Angeles', 'spring forward', '2026-03-08T07:00:00Z', '2026-03-08T14:00:00Z', 480],
  ['America/Los_Angeles', 'fall back', '2026-11-01T06:00:00Z', '2026-11-01T15:00:00Z', 420],
  ['Europe/Berlin', 'spring forward', '2026-03-28T22:00:00Z', '2026-03-29T05:00:00Z', -60],
  ['Europe/Berlin', 'fall back', '2026-10-24T21:00:00Z', '2026-10-25T06:00:00Z', -120],
];

const night = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '22:00', end: '07:00' } };
const early = { ...DEFAULT_SETTINGS, quietHours: { enabled: true, start: '01:00', end: '03:30' } };

describe('quiet hours until … on the nights the clocks change', () => {
  const zoneBefore = process.env.TZ;
  afterAll(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  describe.each(NIGHTS)('%s, %s', (zone, _night, bedtimeUtc, sevenUtc, offsetAt23) => {
    beforeAll(() => {
      process.env.TZ = zone;
    });

    it('ends at 07:00 on the wall clock', () => {
      const bedtime = Date.parse(bedtimeUtc);
      expect(new Date(bedtime).getTimezoneOffset()).toBe(offsetAt23);
      expect(new Date(bedtime).getHours()).toBe(23);

      const until = quietUntil(night, bedtime);

      expect(until).toBe(Date.parse(sevenUtc));
      expect(new Date(until as number).getHours()).toBe(7);
      expect(new Date(until as number).getMinutes()).toBe(0);
    });

    it('ends at 07:00 also when asked in the small hours after the change', () => {
      const fiveAm = Date.parse(sevenUtc) - 2 * 3_600_000;

      expect(quietUntil(night, fiveAm)).toBe(Date.parse(sevenUtc));
    });
  });

  it('ends at the first 03:30 after a spring-forward night skipped 02:00–03:00', () => {
    process.env.TZ = 'America/Los_Angeles';
    const oneThirty = Date.parse('2026-03-08T09:30:00Z'); // 01:30 PST
    expect(new Date(oneThirty).getHours()).toBe(1);

    const until = quietUntil(early, oneThirty);

    // 03:30 PDT = 10:30 UTC: one hour of elapsed time, two on the wall clock.
    expect(until).toBe(Date.parse('2026-03-08T10:30:00Z'));
  });

  it('ends at 03:30 after a fall-back night lived 01:00–02:00 twice', () => {
    process.env.TZ = 'America/Los_Angeles';
    const secondOneThirty = Date.parse('2026-11-01T09:30:00Z'); // 01:30 PST, the second time
    expect(new Date(secondOneThirty).getHours()).toBe(1);

    const until = quietUntil(early, secondOneThirty);

    expect(until).toBe(Date.parse('2026-11-01T11:30:00Z')); // 03:30 PST
  });
});
