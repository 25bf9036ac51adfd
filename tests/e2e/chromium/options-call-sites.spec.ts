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
