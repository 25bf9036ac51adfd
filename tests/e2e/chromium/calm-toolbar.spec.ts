import { expect, test } from './fixtures';
import { MAYA, minutesInTitle, seedContacts, seedSettings, toolbar } from './helpers';

// In the e2e build one configured minute lasts one second.

test('the badge stays empty below the threshold, the minutes only in its title', async ({
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 30, breakMin: 5 });

  // Past half the threshold, where the badge used to count ("16m").
  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(16);

  expect((await toolbar(serviceWorker)).text).toBe('');
});

test('with the badge style, a small dot says a moment is waiting once the threshold is reached', async ({
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 15, breakMin: 5, nudgeStyle: 'badge' });

  await expect.poll(async () => (await toolbar(serviceWorker)).text, { timeout: 30_000 }).toBe('•');
  expect((await toolbar(serviceWorker)).title).toContain('a moment for connection is waiting');
});

test('the reach-out offers sms: and tel: only where something answers them (none on Linux)', async ({
  serviceWorker,
  openPage,
}) => {
  const os = await serviceWorker.evaluate(async () => (await chrome.runtime.getPlatformInfo()).os);
  await seedContacts(serviceWorker, [MAYA]);
  const popup = await openPage('popup.html');
  const reach = popup.locator('.reach-out');

  await reach.getByRole('button', { name: /^Other ways/ }).click();

  await expect(reach.getByRole('link', { name: 'Signal' })).toBeVisible();
  const phoneLinks = reach.locator('a[href^="sms:"], a[href^="tel:"]');
  if (os === 'linux' || os === 'cros') {
    // No handler there: Chromium raised "Open xdg-open?" and led nowhere. Copy + QR instead.
    await expect(phoneLinks).toHaveCount(0);
    await expect(reach.getByRole('button', { name: 'QR for phone' })).toBeVisible();
  } else {
    expect(await phoneLinks.count()).toBeGreaterThan(0);
  }
});
