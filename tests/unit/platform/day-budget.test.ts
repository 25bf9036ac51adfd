import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { simulateDay } from '../../sim/day';

describe('a simulated 8-hour day through the real background engine', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('stays within the budgets: ≤ 6 storage writes per active hour, no wake-ups while away', async () => {
    const day = await simulateDay();
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/day-sim.json', JSON.stringify(day, null, 2));

    expect(day.steadyWritesPerHour).toBeLessThanOrEqual(6);
    expect(day.writesPerActiveHour).toBeLessThanOrEqual(6);
    expect(day.wakeUpsWhileAway).toBe(0);
  });

  it('sees the breaks: lunch, the locked hour and the sleep gap each start a new session', async () => {
    const day = await simulateDay();

    expect(day.sessions).toBe(4);
  });
});
