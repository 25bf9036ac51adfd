import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { MAYA, seedContacts } from './helpers';

const PAGES = ['popup.html', 'options.html', 'welcome.html', 'insights.html', 'privacy.html'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A few days of history so the insights chart and table have something to show. */
function seededStats(): Record<
  string,
  { solitaryMin: number; longestMin: number; nudges: number; connections: number }
> {
  const stats: Record<
    string,
    { solitaryMin: number; longestMin: number; nudges: number; connections: number }
  > = {};
  for (let i = 0; i < 10; i++) {
    const d = new Date(Date.now() - i * 86_400_000);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    stats[key] = { solitaryMin: 60 + i * 20, longestMin: 40 + i * 5, nudges: i % 3, connections: i % 2 };
  }
  return stats;
}

// Arabic too once its locale file exists: right to left, every page must still pass.
for (const language of ['en', 'es', ...(existsSync('locales/ar.yml') ? ['ar'] : [])]) {
  test.describe(`accessibility (${language})`, () => {
    test.use({ uiLanguage: language });

    for (const scheme of ['light', 'dark'] as const) {
      test(`every page passes axe (WCAG 2.2 AA) in ${scheme} mode`, async ({
        serviceWorker,
        context,
        extensionId,
      }) => {
        // Six page states scanned in one browser: more than the default minute on a busy machine.
        test.slow();
        await seedContacts(serviceWorker, [MAYA]);
        await serviceWorker.evaluate((stats) => chrome.storage.local.set({ stats }), seededStats());
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });

        for (const file of PAGES) {
          await page.goto(`chrome-extension://${extensionId}/${file}`);
          await expect(page.locator('h1')).toBeVisible();
          await page.waitForLoadState('networkidle');
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();

          expect(
            violations.map((v) => `${file}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        }

        // The welcome page's other states: the question when a typed person can't be saved (with
        // the quiet hours and the details open), then the last step.
        const scan = async (state: string) => {
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(
            violations.map(
              (v) => `welcome (${state}): ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
        };
        await page.goto(`chrome-extension://${extensionId}/welcome.html`);
        await page.locator('#person-name').fill('Maya');
        await page.locator('#person-phone').fill('12');
        await page.locator('.quiet-line button').click();
        // Every disclosure open (the person's details, the call services), so axe sees what is inside.
        for (const summary of await page.locator('details.more summary').all()) await summary.click();
        await page.locator('button.primary').click();
        await expect(page.locator('fieldset.ask')).toBeVisible();
        await scan('ask');
        await page.locator('#person-phone').fill('+44 7700 123456');
        await page.locator('button.primary').click();
        await expect(page.locator('h1[tabindex]')).toBeFocused();
        await scan('done');
      });
    }
  });
}
