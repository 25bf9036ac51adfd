import { expect, type FirefoxHarness, getByLabel, test, texts } from './fixtures';
import { inExtension, seedSettings } from './helpers';

const ZOOM = 'https://*.zoom.us/*';

/**
 * Answers Firefox's own prompt for optional permissions (the doorhanger "Attune requests additional
 * permissions") as the person would, by pressing its button, from the browser's privileged scope.
 * Resolves with whether a prompt was there to answer.
 */
async function answerPrompt(firefox: FirefoxHarness, answer: 'allow' | 'deny'): Promise<boolean> {
  return firefox.privileged<boolean>(`
    const win = Services.wm.getMostRecentWindow('navigator:browser');
    for (let i = 0; i < 100; i++) {
      const shown = win.PopupNotifications.getNotification('addon-webext-permissions');
      const panel = win.document.getElementById('addon-webext-permissions-notification');
      if (shown && panel) {
        (${JSON.stringify(answer)} === 'allow' ? panel.button : panel.secondaryButton).click();
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;`);
}

const grantedOrigins = async (page: Parameters<typeof inExtension>[0]) =>
  (await inExtension(page, async (api) => (await api.permissions.getAll()).origins ?? [])).sort();

const storedServices = async (page: Parameters<typeof inExtension>[0]) =>
  inExtension(page, async (api) => {
    const { settings } = await api.storage.sync.get('settings');
    return (settings as { callServices?: string[] } | undefined)?.callServices;
  });

test('a call service turned on in options asks Firefox in the click, is granted and stored; off undoes both', async ({
  openPage,
  firefox,
}) => {
  const options = await openPage('options.html');
  await seedSettings(options, {});
  const zoom = await getByLabel(options, 'Zoom');
  expect(await zoom.evaluate((el) => el.checked)).toBe(false);

  await zoom.click();
  expect(await answerPrompt(firefox, 'allow')).toBe(true);

  await expect.poll(() => zoom.evaluate((el) => el.checked)).toBe(true);
  await expect.poll(() => storedServices(options)).toEqual(['zoom']);
  expect(await grantedOrigins(options)).toContain(ZOOM);

  await zoom.click();

  await expect.poll(() => zoom.evaluate((el) => el.checked)).toBe(false);
  await expect.poll(() => storedServices(options)).toEqual([]);
  expect(await grantedOrigins(options)).not.toContain(ZOOM);
});

test('a call service Firefox is not allowed stays off and says so', async ({ openPage, firefox }) => {
  const options = await openPage('options.html');
  await seedSettings(options, {});
  const discord = await getByLabel(options, 'Discord');

  await discord.click();
  expect(await answerPrompt(firefox, 'deny')).toBe(true);

  await expect
    .poll(() => texts(options, '#calls [role="alert"]'))
    .toEqual(['Discord wasn’t turned on: the browser didn’t allow it.']);
  expect(await discord.evaluate((el) => el.checked)).toBe(false);
  expect(await storedServices(options)).toEqual([]);
});

test('revoking a call service’s permission elsewhere turns its toggle off on the open page', async ({
  openPage,
  firefox,
}) => {
  const options = await openPage('options.html');
  await seedSettings(options, {});
  const zoom = await getByLabel(options, 'Zoom');
  await zoom.click();
  await answerPrompt(firefox, 'allow');
  await expect.poll(() => zoom.evaluate((el) => el.checked)).toBe(true);

  // From another extension page, as about:addons' permission switch would.
  const other = await openPage('welcome.html');
  await inExtension(other, (api, origin) => api.permissions.remove({ origins: [origin] }), ZOOM);

  await expect.poll(() => zoom.evaluate((el) => el.checked)).toBe(false);
});
