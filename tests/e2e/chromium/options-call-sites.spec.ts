import { expect, RELEASE_BUILD, test } from './fixtures';
import { seedSettings } from './helpers';

test.use({ extensionDir: RELEASE_BUILD });

// Granting a host permission can't be automated here: Chromium's prompt is native UI, and neither
// `developerPrivate.addHostPermission` (it only covers required hosts) nor
// `--apps-gallery-install-auto-confirm-for-tests` grants an optional host. The request itself is
// covered by the component test (exact origins, in the click); this checks the listing and removal.
test('a listed site that is not granted says so, offers Allow, and can be removed', async ({
  openPage,
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, { callSites: ['https://meet.google.com/*', 'https://zoom.us/*'] });
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Call sites' });
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
