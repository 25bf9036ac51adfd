import { expect, test, wakeServiceWorker } from './fixtures';
import { seedSettings } from './helpers';

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

/** "HH:00", `hours` from now on the browser's clock (the tests and Chromium share the time zone). */
function hourFromNow(hours: number): string {
  return `${String((new Date().getHours() + hours + 24) % 24).padStart(2, '0')}:00`;
}

/** A stored "HH:MM" as an English (US) browser writes it: its own 12-hour clock. */
function inEnglish(clock: string): string {
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, h, m),
  );
}

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

test('choose a rhythm, type a person and how they message, Finish: the person is stored', async ({
  openPage,
  serviceWorker,
}) => {
  // Quiet hours that have not begun, whatever the hour the test runs at.
  const quietHours = { enabled: true, start: hourFromNow(2), end: hourFromNow(4) };
  await seedSettings(serviceWorker, { quietHours, nudgeStyle: 'popup' });
  const page = await openPage('welcome.html');

  await page.getByLabel('Gentle — every 2 hours').check();
  await expect
    .poll(async () => (await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'))).settings)
    .toMatchObject({ thresholdMin: 120, breakMin: 10 });
  await page.getByLabel('Name', { exact: true }).fill('Maya');
  await page.getByLabel('Phone', { exact: true }).fill('+44 7700 123456');
  await page.getByRole('group', { name: 'How do you usually message Maya?' }).getByLabel('Signal').check();
  // Where the button is, and the shortcut, before Finish.
  await expect(page.getByText(/Open it any time with/)).toContainText('Alt+Shift+U');
  await expect(page.getByText(/puzzle-piece/)).toBeVisible();
  await page.getByRole('button', { name: 'Save and finish' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re set');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('Maya is on your list.')).toBeVisible();
  const when = spaced(await page.locator('#when-title + p').textContent());
  expect(when).toContain(
    `The first nudge can come after about 2 hours on your own at the screen, outside quiet hours ${inEnglish(quietHours.start)}–${inEnglish(quietHours.end)}.`,
  );
  const { contacts } = await serviceWorker.evaluate(() => chrome.storage.local.get('contacts'));
  expect(contacts).toMatchObject([{ name: 'Maya', phone: '+447700123456', preferred: 'signal' }]);
});

test('installed inside quiet hours, the last step says the first nudge won’t come before they end', async ({
  openPage,
  serviceWorker,
}) => {
  const quietHours = { enabled: true, start: hourFromNow(-1), end: hourFromNow(2) };
  await seedSettings(serviceWorker, { quietHours, nudgeStyle: 'popup' });
  const page = await openPage('welcome.html');
  await expect(page.locator('#welcome-quiet-summary')).toContainText(inEnglish(quietHours.end));

  await page.getByRole('button', { name: 'Finish' }).click();

  const when = spaced(await page.locator('#when-title + p').textContent());
  expect(when).toContain(`so the first nudge won’t come before ${inEnglish(quietHours.end)}.`);
  // One clock on the page: no two-digit hour beside AM/PM.
  expect(when).not.toMatch(/\b0\d:\d\d [AP]M/);
});

test('the call services wait behind one closed disclosure', async ({ openPage }) => {
  const page = await openPage('welcome.html');
  const calls = page.getByRole('region', { name: 'Calls count as time with people' });

  const boxes = calls.locator('input[type="checkbox"]');
  await expect(boxes).toHaveCount(12);
  for (const box of await boxes.all()) await expect(box).toBeHidden();
  await calls.getByText('Count calls on…').click();
  await expect(calls.getByRole('checkbox', { name: 'Google Meet' })).toBeVisible();
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
  await page.getByLabel('Phone', { exact: true }).fill('+44 7700 123456');
  await page.getByRole('button', { name: 'Save and finish' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re set');
  const { contacts } = await serviceWorker.evaluate(() => chrome.storage.local.get('contacts'));
  expect(contacts).toMatchObject([{ name: 'Maya', phone: '+447700123456' }]);
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
