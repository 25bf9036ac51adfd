import { expect, test, wakeServiceWorker } from './fixtures';

test('the welcome page opens once on install, not again when the worker restarts', async ({
  context,
  openPage,
  stopServiceWorker,
}) => {
  const welcomes = () => context.pages().filter((p) => p.url().endsWith('/welcome.html')).length;
  await expect.poll(welcomes).toBe(1);

  const options = await openPage('options.html');
  await stopServiceWorker();
  await wakeServiceWorker(options);
  await options.waitForTimeout(500);

  // An update can't be simulated honestly here (reloading an unpacked extension is not an update);
  // tests/unit/entrypoints/welcome/on-installed.test.ts covers the `update` branch.
  expect(welcomes()).toBe(1);
});

test('choose a rhythm, type a person, Finish: the person is stored', async ({ openPage, serviceWorker }) => {
  const page = await openPage('welcome.html');

  await page.getByLabel('Gentle — every 2 hours').check();
  await expect
    .poll(async () => (await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'))).settings)
    .toMatchObject({ thresholdMin: 120, breakMin: 10 });
  await page.getByLabel('Name', { exact: true }).fill('Maya');
  await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900123');
  await page.getByRole('button', { name: 'Save and finish' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re set');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Maya is on your list.')).toBeVisible();
  await expect(
    page.getByText(
      'The first nudge can come after about 2 hours on your own at the screen, outside quiet hours 22:00–07:00.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Open it any time with/)).toContainText('Alt+Shift+U');
  const { contacts } = await serviceWorker.evaluate(() => chrome.storage.local.get('contacts'));
  expect(contacts).toMatchObject([{ name: 'Maya', phone: '+447700900123' }]);
});

test('a person typed with a mistake is not lost: Finish asks first', async ({ openPage, serviceWorker }) => {
  const page = await openPage('welcome.html');

  await page.getByLabel('Name', { exact: true }).fill('Maya');
  await page.getByLabel('Phone', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Save and finish' }).click();

  const ask = page.getByRole('group', { name: 'Maya isn’t saved yet.' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Fix the details' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Attune');
  await ask.getByRole('button', { name: 'Fix the details' }).click();
  await expect(page.getByLabel('Phone', { exact: true })).toBeFocused();
  await page.getByLabel('Phone', { exact: true }).fill('+44 7700 900123');
  await page.getByRole('button', { name: 'Save and finish' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re set');
  const { contacts } = await serviceWorker.evaluate(() => chrome.storage.local.get('contacts'));
  expect(contacts).toMatchObject([{ name: 'Maya', phone: '+447700900123' }]);
});

test('the last step previews the nudge exactly as it will open', async ({ openPage, serviceWorker }) => {
  const page = await openPage('welcome.html');
  await page.getByRole('button', { name: 'Finish' }).click();

  await page.getByRole('button', { name: 'Preview a nudge' }).click();

  await expect
    .poll(() =>
      serviceWorker.evaluate(async () => {
        const popups = await chrome.runtime.getContexts({
          contextTypes: ['POPUP' as chrome.runtime.ContextType],
        });
        const windows = await chrome.windows.getAll({ windowTypes: ['popup'] });
        return popups.length + windows.length;
      }),
    )
    .toBeGreaterThan(0);
});
