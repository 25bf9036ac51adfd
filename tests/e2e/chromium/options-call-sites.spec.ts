import { expect, RELEASE_BUILD, test } from './fixtures';
import { seedSettings } from './helpers';

test.use({ extensionDir: RELEASE_BUILD });

// Granting through Chromium's own prompt is in calls.spec.ts (headed, answered with the keyboard);
// the exact request is covered by the component test. This checks the listing and removal.
test('a listed site that is not granted says so, offers Allow, and can be removed', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, { callSites: ['https://meet.google.com/*', 'https://zoom.us/*'] });
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Calls' });
  const meet = section.getByRole('listitem').filter({ hasText: 'meet.google.com' });

  await expect(meet).toContainText('Not allowed — Allow');
  await expect(meet.getByRole('button', { name: 'Allow meet.google.com' })).toBeVisible();
  await meet.getByRole('button', { name: 'Remove meet.google.com' }).click();

  await expect(meet).toHaveCount(0);
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const { settings } = await chrome.storage.sync.get('settings');
        return (settings as { callSites: string[] }).callSites;
      }),
    )
    .toEqual(['https://zoom.us/*']);
  expect(await serviceWorker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
});

test('a wildcard over a public suffix is refused with a clear message; the list loads only once the field is used', async ({
  context,
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, {});
  const suffixChunks: string[] = [];
  context.on('request', (request) => {
    if (request.url().includes('public-suffix')) suffixChunks.push(request.url());
  });
  const page = await openPage('options.html');
  const field = page.getByLabel('Web address of a call or chat site');
  await expect(field).toBeVisible();
  expect(suffixChunks).toEqual([]);

  await field.fill('*.blogspot.com');
  await page.getByRole('button', { name: 'Add site' }).click();

  await expect(page.getByRole('alert')).toHaveText(
    '*.blogspot.com would cover every site under blogspot.com, which belong to many different owners. Add the call service’s own address instead, like meet.google.com.',
  );
  expect(suffixChunks).toHaveLength(1);
  expect(await serviceWorker.evaluate(() => chrome.permissions.getAll())).toMatchObject({ origins: [] });
});
