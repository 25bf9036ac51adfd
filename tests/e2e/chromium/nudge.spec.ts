import { expect, minutesInStatus, test } from './fixtures';
import {
  MAYA,
  minutesInTitle,
  nudgesShown,
  popupOpen,
  seedContacts,
  seedSettings,
  storedLocal,
  storedSettings,
  toolbar,
} from './helpers';

// Accelerated build: a configured minute lasts a second, so the 15-minute threshold is 15 s.

test('"I reached out" resets the badge and counts a connection moment', async ({
  serviceWorker,
  openPopupCold,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 16, nudgeStyle: 'badge' });
  // The badge style's nudge: a small dot on the button.
  await expect.poll(async () => (await toolbar(serviceWorker)).text, { timeout: 20_000 }).toBe('•');
  const badgeMin = minutesInTitle((await toolbar(serviceWorker)).title) ?? 0;
  const popup = await openPopupCold();
  // The status request woke a cold worker: it still shows the session, not a fresh one.
  expect(await minutesInStatus(popup)).toBeGreaterThanOrEqual(badgeMin);

  await popup.getByRole('button', { name: 'I reached out' }).click();

  await expect(popup.getByText('That matters. Your solitary time starts fresh.')).toBeVisible();
  await expect.poll(async () => (await toolbar(serviceWorker)).text).toBe('');
  const stats = await storedLocal<Record<string, { connections: number }>>(serviceWorker, 'stats');
  expect(Object.values(stats).reduce((n, day) => n + day.connections, 0)).toBe(1);
  const [maya] = await storedLocal<{ lastContactedAt?: number }[]>(serviceWorker, 'contacts');
  expect(maya?.lastContactedAt).toBeGreaterThan(Date.now() - 60_000);
});

test('snooze holds the nudge back for its period, then it comes', async ({
  serviceWorker,
  openPopupCold,
  workInFront,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 15, nudgeStyle: 'badge' });
  const popup = await openPopupCold();

  await popup.getByRole('button', { name: 'Not now ▾' }).click();
  await popup.getByRole('button', { name: '30 min' }).click(); // 30 s here

  await expect(popup.locator('.status')).toContainText('snoozed until');
  await workInFront();
  await popup.waitForTimeout(20_000); // past the 15 s threshold, still snoozed
  expect(await nudgesShown(serviceWorker)).toBe(0);
  await expect.poll(() => nudgesShown(serviceWorker), { timeout: 20_000 }).toBe(1);
});

test('quiet hours hold the nudge back', async ({ serviceWorker }) => {
  const hour = await serviceWorker.evaluate(() => new Date().getHours());
  const clock = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
  await seedSettings(serviceWorker, {
    thresholdMin: 15,
    nudgeStyle: 'badge',
    quietHours: { enabled: true, start: clock(hour - 1), end: clock(hour + 2) },
  });

  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(16);
  // Past the threshold, but nothing is waiting: no dot, and the title says why.
  expect(await toolbar(serviceWorker)).toMatchObject({
    text: '',
    title: expect.stringContaining('quiet hours until'),
  });
  expect(await nudgesShown(serviceWorker)).toBe(0);
});

test('the notification style shows a system notification', async ({ serviceWorker, workInFront }) => {
  await seedSettings(serviceWorker, { thresholdMin: 15, nudgeStyle: 'notification' });
  await workInFront();

  await expect
    .poll(() => serviceWorker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), {
      timeout: 30_000,
    })
    .toEqual(['attune-nudge']);
  expect(await popupOpen(serviceWorker)).toBe(false);
});

test('answers on a nudge say when Attune may come back, and the options log keeps them', async ({
  serviceWorker,
  openPage,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 15, nudgeStyle: 'badge' });
  const card = await openPage('popup.html?nudge=1');
  await card.mouse.move(5, 5);
  await card.mouse.move(20, 20);

  await card.getByRole('button', { name: 'Not now ▾' }).click();
  await card.getByRole('button', { name: 'Not now', exact: true }).click();
  await expect(card.locator('.answer')).toHaveText(
    /^Noted\. Next check-in (after 15 min alone, )?not before \d{1,2}:\d\d( [AP]M)?\.$/,
  );
  await card.getByRole('button', { name: 'Not now ▾' }).click();
  await card.getByRole('button', { name: 'Less often' }).click();
  await expect(card.locator('.answer')).toHaveText(
    /^Noted\. Attune will wait longer\. Next check-in after 45 min alone, not before \d{1,2}:\d\d( [AP]M)?\.$/,
  );

  expect((await storedSettings(serviceWorker))?.thresholdMin).toBe(45);
  const options = await openPage('options.html');
  const log = options.locator('#decisions');
  await expect(log).toContainText('“Not now”: the next nudge waits longer.');
  await expect(log).toContainText('“Less often”: nudges now wait for 45 min alone.');
});
