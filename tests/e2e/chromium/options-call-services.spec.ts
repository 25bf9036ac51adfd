import { execFileSync } from 'node:child_process';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedSettings, storedSettings } from './helpers';

// Headed under Xvfb: Chromium shows its real permission prompt, and the person answers it with the
// keyboard (focus starts on "Deny"; Tab moves to "Allow"), as in calls.spec.ts.
test.use({ headless: false });

const ZOOM = 'https://*.zoom.us/*';

const grantedOrigins = (sw: Worker) =>
  sw.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);

/** Clicks a service's toggle and answers Chromium's prompt: Allow, or Deny (where focus starts). */
async function toggleAndAnswer(page: Page, name: string, answer: 'allow' | 'deny') {
  await page.getByRole('region', { name: 'Calls' }).getByLabel(name, { exact: true }).click();
  await page.waitForTimeout(1_000); // the prompt opens
  execFileSync('xdotool', answer === 'allow' ? ['key', 'Tab', 'space'] : ['key', 'space']);
}

test('a call service turned on in options is granted and stored; turned off, both are undone', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, {});
  const page = await openPage('options.html');
  const zoom = page.getByRole('region', { name: 'Calls' }).getByLabel('Zoom', { exact: true });
  await expect(zoom).not.toBeChecked();

  await toggleAndAnswer(page, 'Zoom', 'allow');

  await expect(zoom).toBeChecked();
  await expect.poll(async () => (await storedSettings(serviceWorker))?.callServices).toEqual(['zoom']);
  expect(await grantedOrigins(serviceWorker)).toEqual([ZOOM]);

  await zoom.click();

  await expect(zoom).not.toBeChecked();
  await expect.poll(async () => (await storedSettings(serviceWorker))?.callServices).toEqual([]);
  expect(await grantedOrigins(serviceWorker)).toEqual([]);
});

test('a call service the browser is not allowed stays off and says so', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, {});
  const page = await openPage('options.html');

  await toggleAndAnswer(page, 'Discord', 'deny');

  const calls = page.getByRole('region', { name: 'Calls' });
  await expect(calls.getByRole('alert')).toHaveText('Discord wasn’t turned on: the browser didn’t allow it.');
  await expect(calls.getByLabel('Discord', { exact: true })).not.toBeChecked();
  expect((await storedSettings(serviceWorker))?.callServices).toEqual([]);
  expect(await grantedOrigins(serviceWorker)).toEqual([]);
});

test('revoking a call service’s permission elsewhere turns its toggle off on the open page', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, {});
  const page = await openPage('options.html');
  const zoom = page.getByRole('region', { name: 'Calls' }).getByLabel('Zoom', { exact: true });
  await toggleAndAnswer(page, 'Zoom', 'allow');
  await expect(zoom).toBeChecked();

  // As the browser's own extension settings do ("Site access"): nothing on the page is touched.
  await serviceWorker.evaluate((origin) => chrome.permissions.remove({ origins: [origin] }), ZOOM);

  await expect(zoom).not.toBeChecked();
});

test('“Count watching videos as screen time” is on by default and saves', async ({
  openPage,
  serviceWorker,
}) => {
  const page = await openPage('options.html');
  const box = page.getByRole('region', { name: 'Rhythm' }).getByLabel('Count watching videos as screen time');
  await expect(box).toBeChecked();

  await box.uncheck();

  await expect.poll(async () => (await storedSettings(serviceWorker))?.countWatching).toBe(false);
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Rhythm' }).getByLabel('Count watching videos as screen time'),
  ).not.toBeChecked();
});

test('the welcome page’s optional step turns a call service on the same way', async ({
  openPage,
  serviceWorker,
}) => {
  const page = await openPage('welcome.html');
  const step = page.getByRole('region', { name: 'Calls count as time with people' });
  const meet = step.getByLabel('Google Meet', { exact: true });

  await step.getByText('Count calls on…').click();
  await meet.click();
  await page.waitForTimeout(1_000); // the prompt opens
  execFileSync('xdotool', ['key', 'Tab', 'space']);

  await expect(meet).toBeChecked();
  await expect.poll(async () => (await storedSettings(serviceWorker))?.callServices).toEqual(['meet']);
  expect(await grantedOrigins(serviceWorker)).toEqual(['https://meet.google.com/*']);
});

test('"Reset everything" gives back a call service’s host access, not only custom sites', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, {});
  const page = await openPage('options.html');
  await toggleAndAnswer(page, 'Zoom', 'allow');
  await expect.poll(() => grantedOrigins(serviceWorker)).toEqual([ZOOM]);

  const data = page.getByRole('region', { name: 'Privacy & data' });
  await data.getByRole('button', { name: 'Reset everything' }).click();
  await data
    .getByRole('group', { name: /Reset everything\?/ })
    .getByRole('button', { name: 'Reset everything' })
    .click();

  await expect(data.getByText('Everything was reset. Attune starts fresh.')).toBeVisible();
  expect(await grantedOrigins(serviceWorker)).toEqual([]);
});
