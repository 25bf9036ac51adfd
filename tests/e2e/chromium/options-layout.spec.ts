import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, RELEASE_BUILD, test } from './fixtures';
import { seedContacts } from './helpers';

// The options page at a phone's width, a half-screen window and a desktop one, in both languages:
// nothing spills out of its card (confirmations, the file picker), and the section index stays in reach.

const WIDTHS = [320, 700, 1280] as const;

const NAMES = {
  en: { people: 'People', messages: 'Messages', data: 'Privacy & data', remove: 'Remove', about: 'About' },
  es: {
    people: 'Personas',
    messages: 'Mensajes',
    data: 'Privacidad y datos',
    remove: 'Quitar',
    about: 'Acerca de',
  },
} as const;

/** Elements inside a card that reach past its edges, as "section#id: tag.class (px past)". */
function spills(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('section.card')) {
      const box = card.getBoundingClientRect();
      for (const el of card.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const past = Math.max(r.right - box.right, box.left - r.left);
        if (past > 0.5)
          out.push(`section#${card.id}: ${el.tagName.toLowerCase()}.${el.className} (${Math.round(past)}px)`);
      }
    }
    return out;
  });
}

for (const language of ['en', 'es'] as const) {
  test.describe(`options layout (${language})`, () => {
    test.use({ uiLanguage: language });

    for (const width of WIDTHS) {
      test(`at ${width} px, confirmations and the file picker stay inside their cards`, async ({
        openPage,
        serviceWorker,
      }) => {
        await seedContacts(serviceWorker, [
          { id: 'long', name: 'Maya Fernández-Oyelaran de la Vega', email: 'maya@example.com', createdAt: 1 },
          { id: 'ben', name: 'Ben', email: 'ben@example.org', createdAt: 2 },
        ]);
        const page = await openPage('options.html');
        await page.setViewportSize({ width, height: 800 });
        const names = NAMES[language];
        const people = page.getByRole('region', { name: names.people });
        const data = page.getByRole('region', { name: names.data });

        await people
          .getByRole('button', { name: `${names.remove} Maya Fernández-Oyelaran de la Vega` })
          .click();
        await page
          .getByRole('region', { name: names.messages })
          .getByRole('button', { name: new RegExp(`^${names.remove}`) })
          .first()
          .click();
        await data.locator('button.danger').click();
        const confirmations = page.locator('.confirm');
        await expect(confirmations).toHaveCount(3);

        expect(await spills(page)).toEqual([]);
        for (const confirm of await confirmations.all()) {
          const card = await confirm.evaluate((el) => {
            const c = (el.closest('section.card') as HTMLElement).getBoundingClientRect();
            return { left: c.left, right: c.right };
          });
          for (const button of await confirm.getByRole('button').all()) {
            const box = (await button.boundingBox()) as { x: number; width: number };
            expect(box.x).toBeGreaterThanOrEqual(card.left);
            expect(box.x + box.width).toBeLessThanOrEqual(card.right);
          }
        }
        const picker = (await data.locator('input[type="file"]').boundingBox()) as {
          x: number;
          width: number;
        };
        const dataBox = (await data.boundingBox()) as { x: number; width: number };
        expect(picker.x + picker.width).toBeLessThanOrEqual(dataBox.x + dataBox.width);
      });

      test(`at ${width} px, the section index stays in reach and brings each section into view`, async ({
        openPage,
      }) => {
        const page = await openPage('options.html');
        await page.setViewportSize({ width, height: 800 });
        const index = page.getByRole('navigation');
        const about = index.getByRole('link', { name: NAMES[language].about });
        await expect(page.locator('#data')).toBeVisible();

        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await expect(index).toBeInViewport();
        await index.getByRole('link').first().click();
        await expect(page.locator('#rhythm h2')).toBeInViewport();
        await about.scrollIntoViewIfNeeded();
        await about.click();

        const heading = page.locator('#about h2');
        await expect(heading).toBeInViewport();
        // Not hidden under the index bar.
        const bar = (await index.boundingBox()) as { y: number; height: number };
        const top = ((await heading.boundingBox()) as { y: number }).y;
        if (width < 1024) expect(top).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
      });
    }
  });
}

for (const language of ['en', 'es'] as const) {
  test.describe(`options states pass axe (${language})`, () => {
    // Real minutes: the background saves rarely, so it doesn't clear the failed-save banner mid-test.
    test.use({ uiLanguage: language, extensionDir: RELEASE_BUILD });

    for (const scheme of ['light', 'dark'] as const) {
      test(`with a failed-save banner, open confirmations, an import preview and a field's status, in ${scheme} mode`, async ({
        context,
        extensionId,
        serviceWorker,
      }) => {
        await seedContacts(serviceWorker, [
          { id: 'ben', name: 'Ben', email: 'ben@example.org', createdAt: 2 },
        ]);
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        const names = NAMES[language];

        const threshold = page.locator('#thresholdMin');
        await threshold.fill('75');
        await threshold.blur();
        await expect(page.locator('#thresholdMin-status')).not.toBeEmpty();
        await page
          .getByRole('region', { name: names.people })
          .getByRole('button', { name: `${names.remove} Ben` })
          .click();
        const backup = {
          app: 'attune',
          version: 2,
          exportedAt: new Date().toISOString(),
          settings: {
            thresholdMin: 45,
            breakMin: 5,
            repeatMin: 30,
            dailyCap: 6,
            quietHours: { enabled: true, start: '22:00', end: '07:00' },
            nudgeStyle: 'popup',
            callSites: [],
          },
          contacts: [{ id: 'ana', name: 'Ana', email: 'ana@example.org', createdAt: 1 }],
          templates: ['Hi {name}'],
          rotation: { order: [], index: 0, favourites: [], hidden: [] },
          stats: {},
        };
        const data = page.getByRole('region', { name: names.data });
        await data.locator('input[type="file"]').setInputFiles({
          name: 'backup.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(backup)),
        });
        await expect(data.locator('.preview')).toBeVisible();
        await data.locator('button.danger').click();
        // The background clears its failed save after its next good one: set it until it shows.
        await expect(async () => {
          await serviceWorker.evaluate(() =>
            chrome.storage.session.set({
              saveError: { at: Date.now(), message: 'QUOTA_BYTES quota exceeded' },
            }),
          );
          await expect(page.locator('.banner-error')).toBeVisible({ timeout: 500 });
        }).toPass();

        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        expect(await spills(page)).toEqual([]);
      });
    }
  });
}
