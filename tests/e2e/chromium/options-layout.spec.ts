import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
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
