import { readFile } from 'node:fs/promises';
import type { Page, Worker } from '@playwright/test';
import { addDays, toCsv, weeksSinceStart } from '../../../lib/history/insights';
import { localDayKey, type Stats } from '../../../lib/history/stats';
import { expect, RELEASE_BUILD, test } from './fixtures';

// Real minutes: after its first save on install the tracker writes nothing while these tests run,
// so the stats are the ones seeded.
test.use({ extensionDir: RELEASE_BUILD });

const today = localDayKey(Date.now());

/** Three weeks of history up to today, with a gap and a quoted-looking nothing. */
function seededStats(): Stats {
  const stats: Stats = {};
  for (let i = 0; i < 21; i++) {
    if (i === 3) continue; // a day with nothing stored
    stats[addDays(today, -i)] = {
      solitaryMin: 20 + i * 3.25,
      longestMin: 10 + i,
      nudges: i % 2,
      connections: 1,
    };
  }
  return stats;
}

/**
 * Seeds the stats once the background's first save (on install) is done: that save reads the stats
 * and writes them back, so seeding in between would be overwritten with the empty history it read.
 */
async function seed(sw: Worker, stats: Stats) {
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.local.get('tracker')).tracker !== undefined))
    .toBe(true);
  await sw.evaluate((s) => chrome.storage.local.set({ stats: s }), stats);
}

const storedStats = (page: Page) =>
  page.evaluate(async () => (await chrome.storage.local.get('stats')).stats as Stats | undefined);

test.describe('insights page', () => {
  test('shows seeded history as summary, charts and tables, with no errors', async ({
    serviceWorker,
    openPage,
    extensionErrors,
  }) => {
    await seed(serviceWorker, seededStats());

    const page = await openPage('insights.html');

    await expect(page).toHaveTitle('Your week with Attune');
    await expect(page.locator('h1')).toBeFocused();
    await expect(page.getByText('You reached out 6 times in the last 7 days.')).toBeVisible();
    await expect(
      // A duration is kept on one line: a no-break space between its number and its unit.
      page.getByText(
        /^About .+ on your own at the screen in the last 7 days, longest stretch 16\u00a0min\.$/,
      ),
    ).toBeVisible();
    const charts = page.getByRole('img');
    await expect(charts).toHaveCount(2);
    await expect(charts.first()).toHaveAttribute(
      'aria-label',
      /^Bar chart of time on your own each day, last 7 days: /,
    );
    await expect(charts.first().locator('rect.bar')).toHaveCount(6);
    const weeks = weeksSinceStart(seededStats(), today, 12);
    const weeksWithTime = weeks.filter((w) => w.solitaryMin > 0).length;
    await expect(charts.nth(1).locator('rect.bar')).toHaveCount(weeksWithTime);
    const days = page.getByRole('table', { name: 'Each of the last 7 days' });
    await expect(days.locator('tbody tr')).toHaveCount(7);
    await expect(days.locator('tbody tr').last()).toContainText('20 min');
    await expect(
      page.getByRole('table', { name: /Each of the last 12 weeks/ }).locator('tbody tr'),
    ).toHaveCount(weeks.length);
    await expect(page.getByRole('contentinfo')).toContainText('Attune is not a crisis service');
    expect(extensionErrors).toEqual([]);
  });

  test('draws with the dark tokens and holds still under reduced motion', async ({
    serviceWorker,
    openPage,
  }) => {
    await seed(serviceWorker, seededStats());
    const page = await openPage('insights.html');

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });

    const bar = page.locator('rect.bar').first();
    await expect(bar).toHaveCSS('fill', 'rgb(124, 196, 187)');
    await expect(bar).toHaveCSS('animation-name', 'none');
  });

  test('exports every stored day as a CSV download', async ({ serviceWorker, openPage, extensionErrors }) => {
    await seed(serviceWorker, seededStats());
    const page = await openPage('insights.html');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);

    expect(download.suggestedFilename()).toBe(`attune-insights-${today}.csv`);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('date,solitary_minutes,longest_minutes,nudges,connections');
    expect(lines).toHaveLength(21);
    expect(lines[1]).toBe(`${addDays(today, -20)},85,30,0,1`);
    expect(lines.at(-1)).toBe(`${today},20,10,0,1`);
    expect(csv).toBe(toCsv((await storedStats(page)) ?? {}));
    await expect(page.getByRole('status')).toHaveText(
      `Saved attune-insights-${today}.csv to your downloads.`,
    );
    expect(extensionErrors).toEqual([]);
  });

  test('clears the history only after asking, then shows the empty state', async ({
    serviceWorker,
    openPage,
    extensionErrors,
  }) => {
    await seed(serviceWorker, seededStats());
    const page = await openPage('insights.html');

    await page.getByRole('button', { name: 'Clear history' }).click();
    const ask = page.getByRole('group', { name: /Clear your daily history/ });
    await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect(Object.keys((await storedStats(page)) ?? {})).toHaveLength(20);
    await ask.getByRole('button', { name: 'Clear history' }).click();

    await expect(page.getByText('Nothing here yet.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('History cleared.');
    await expect(page.getByRole('img')).toHaveCount(0);
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(await storedStats(page)).toBeUndefined();
    expect(extensionErrors).toEqual([]);
  });
});
