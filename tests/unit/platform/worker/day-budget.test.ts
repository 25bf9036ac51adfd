import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DayResult, simulateDay } from '../../../sim/day';

describe('a simulated 8-hour day through the real background', () => {
  let day: DayResult;

  beforeAll(async () => {
    fakeBrowser.reset();
    day = await simulateDay();
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/day-sim.json', JSON.stringify(day, null, 2));
  });

  it('stays within the budgets: ≤ 12 writes an hour of steady browsing and over the day, no wake-ups while away', () => {
    // A heartbeat every 5 minutes while a stretch grows (a quit loses at most that), transitions besides.
    expect(day.steadyWritesPerHour).toBeLessThanOrEqual(12);
    expect(day.writesPerActiveHour).toBeLessThanOrEqual(12);
    expect(day.wakeUpsWhileAway).toBe(0);
  });

  it('sees the breaks: lunch, the locked hour and the sleep gap each start a new session', () => {
    expect(day.sessions).toBe(4);
  });

  it('every glance at the popup, each waking a cold worker, shows the session so far', () => {
    expect(day.glances).toHaveLength(9);
    for (const glance of day.glances) {
      expect(glance.shownMin, JSON.stringify(glance)).not.toBeNull();
      expect(
        Math.abs((glance.shownMin ?? -99) - glance.expectedMin),
        JSON.stringify(glance),
      ).toBeLessThanOrEqual(1);
    }
  });
});
