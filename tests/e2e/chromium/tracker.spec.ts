import { expect, RELEASE_BUILD, test, wakeServiceWorker } from './fixtures';
import { minutesInTitle, seedSettings, toolbar } from './helpers';

// In the e2e build one configured minute lasts one second.

test('browsing keeps solitary time growing; with "Show minutes on the toolbar button" the badge follows it', async ({
  serviceWorker,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 20, breakMin: 5, badgeMinutes: true });

  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title))
    .toBeGreaterThanOrEqual(3);
  expect((await toolbar(serviceWorker)).text).toBe(''); // quiet until half the threshold

  await expect
    .poll(async () => (await toolbar(serviceWorker)).text, { timeout: 20_000 })
    .toMatch(/^1[0-9]m$/);
  const { text, title } = await toolbar(serviceWorker);
  expect(minutesInTitle(title)).toBe(Number.parseInt(text, 10));
});

test('stopping the service worker mid-session loses at most one tick', async ({
  serviceWorker,
  stopServiceWorker,
  openPage,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 30 });
  const page = await openPage('options.html');
  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title))
    .toBeGreaterThanOrEqual(4);
  const before = minutesInTitle((await toolbar(serviceWorker)).title) ?? 0;
  const stoppedAt = Date.now();

  await stopServiceWorker();
  await page.waitForTimeout(4_000);
  await wakeServiceWorker(page);

  const elapsedMin = Math.floor((Date.now() - stoppedAt) / 1000);
  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title))
    .toBeGreaterThanOrEqual(before + elapsedMin - 1);
});

test('only ticks while active: one alarm, period of one configured minute', async ({ serviceWorker }) => {
  await expect.poll(() => serviceWorker.evaluate(() => chrome.alarms.getAll())).toHaveLength(1);
  const [alarm] = await serviceWorker.evaluate(() => chrome.alarms.getAll());

  expect(alarm?.periodInMinutes).toBeCloseTo(1 / 60);
});

test.describe('the release build', () => {
  test.use({ extensionDir: RELEASE_BUILD });

  test('uses real minutes: the tick alarm runs once a minute', async ({ serviceWorker }) => {
    await expect.poll(() => serviceWorker.evaluate(() => chrome.alarms.getAll())).toHaveLength(1);
    const [alarm] = await serviceWorker.evaluate(() => chrome.alarms.getAll());

    expect(alarm?.periodInMinutes).toBe(1);
  });
});
