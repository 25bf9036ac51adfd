import { expect, minutesInStatus, test } from './fixtures';
import {
  MAYA,
  minutesInTitle,
  nudgesShown,
  popupOpen,
  seedContacts,
  seedSettings,
  storedLocal,
  toolbar,
} from './helpers';

// Accelerated build: a configured minute lasts a second, so the 15-minute threshold is 15 s.

test('"I reached out" resets the badge and counts a connection moment', async ({
  serviceWorker,
  openPopupCold,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 16, nudgeStyle: 'badge' });
  await expect.poll(async () => (await toolbar(serviceWorker)).text, { timeout: 20_000 }).toMatch(/^\d+m$/);
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

  await popup.getByRole('button', { name: /^Later/ }).click();
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
    .poll(async () => (await toolbar(serviceWorker)).text, { timeout: 30_000 })
    .toMatch(/^(1[6-9]|2\d)m$/);
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
