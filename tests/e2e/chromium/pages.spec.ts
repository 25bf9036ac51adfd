import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test.describe('extension pages', () => {
  // An en-US browser in New York: the crisis line is 988 (tests/unit/lib/safety/crisis-lines.test.ts).
  test.use({ timezoneId: 'America/New_York' });

  for (const [file, title] of [
    ['popup.html', 'Attune'],
    ['options.html', 'Attune settings'],
    ['welcome.html', 'Welcome to Attune'],
    ['insights.html', 'Your week with Attune'],
    ['privacy.html', 'Attune privacy policy'],
  ] as const) {
    test(`${file} renders its skeleton and crisis footer with no errors`, async ({
      openPage,
      extensionErrors,
    }) => {
      const page = await openPage(file);

      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.getByRole('contentinfo')).toContainText(/not a crisis service/i);
      // On Linux nothing answers tel:, so the number is words to dial on a phone, not a link.
      await expect(page.getByRole('contentinfo')).toContainText('988');
      await expect(page.locator('a[href^="tel:"], a[href^="sms:"]')).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'findahelpline.com' })).toBeVisible();
      expect(extensionErrors).toEqual([]);
    });
  }

  test('the popup fetches no stylesheet: its styles are inlined, also when a part of it loads later', async ({
    context,
    openPage,
  }) => {
    const stylesheets: string[] = [];
    // The popup's own requests (the welcome page, opened on install, loads stylesheets of its own).
    context.on('request', (request) => {
      const fromPopup = request.frame().url().includes('/popup.html');
      if (fromPopup && new URL(request.url()).pathname.endsWith('.css')) stylesheets.push(request.url());
    });
    // Nobody saved yet: the quick-add form is loaded on opening; "Take a minute" loads Settle.
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('button', { name: 'Add person' })).toBeVisible();
    await popup.getByRole('button', { name: 'Take a minute' }).click();
    await expect(popup.getByRole('button', { name: 'Back' })).toBeVisible();

    expect(stylesheets).toEqual([]);
  });

  test('the phone library loads only where a number is typed (welcome, options), never the popup or background', async ({
    context,
    openPage,
    extensionDir,
  }) => {
    // libphonenumber-js's metadata names this field; no other code of Attune's does.
    const MARK = 'country_calling_codes';
    const withLibrary = new Map<string, boolean>();
    context.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const page = response.frame().url().split('/').pop() ?? '';
      const body = await response.text().catch(() => '');
      if (body.includes(MARK)) withLibrary.set(page, true);
      else if (!withLibrary.has(page)) withLibrary.set(page, false);
    });
    // Nobody saved yet: the popup's heaviest opening, with the quick add (a phone or an email).
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('button', { name: 'Add person' })).toBeVisible();
    const welcome = await openPage('welcome.html');
    await expect(welcome.getByLabel('Country of this number')).toBeVisible();

    expect(withLibrary.get('popup.html')).toBe(false);
    expect(withLibrary.get('welcome.html')).toBe(true);
    expect(readFileSync(path.join(extensionDir, 'background.js'), 'utf8')).not.toContain(MARK);
  });

  test('the welcome page opens by itself once, on install', async ({ context, serviceWorker }) => {
    await expect.poll(() => context.pages().filter((p) => p.url().endsWith('/welcome.html')).length).toBe(1);
    expect(serviceWorker.url()).toContain('background.js');
  });

  test('makes no network request of its own while its pages are open', async ({
    openPage,
    outsideRequests,
  }) => {
    for (const file of ['popup.html', 'options.html', 'welcome.html', 'insights.html']) {
      const page = await openPage(file);
      await page.waitForLoadState('networkidle');
    }

    expect(outsideRequests).toEqual([]);
  });
});
