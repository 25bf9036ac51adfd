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

test('after the threshold the popup opens by itself with a reflection and a drafted text', async ({
  serviceWorker,
  openPage,
  workInFront,
  outsideRequests,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 15, nudgeStyle: 'popup' });
  const options = await openPage('options.html');
  await workInFront();

  await expect.poll(() => popupOpen(serviceWorker), { timeout: 30_000 }).toBe(true);

  // The popup renders once its data has loaded: read it when the prompt is there.
  const readPopup = () =>
    options.evaluate(() => {
      const popup = chrome.extension.getViews({ type: 'popup' })[0];
      const doc = popup?.document;
      return {
        reflection: doc?.querySelector('.reflection-text')?.textContent ?? '',
        credit: doc?.querySelector('.credit')?.textContent ?? '',
        heading: doc?.querySelector('#reach-title')?.textContent ?? '',
        draft: (doc?.querySelector('#draft') as HTMLTextAreaElement | null)?.value ?? '',
        send: doc?.querySelector<HTMLAnchorElement>('a.primary')?.getAttribute('href') ?? '',
      };
    });
  // Attune opened it by itself: the reflection shows, names and the draft wait for one click.
  await expect.poll(async () => (await readPopup()).reflection.length).toBeGreaterThan(20);
  expect(await readPopup()).toMatchObject({ heading: '', draft: '' });
  const reveal = () =>
    options.evaluate(() => {
      const doc = chrome.extension.getViews({ type: 'popup' })[0]?.document;
      const button = [...(doc?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Show who and the message',
      );
      button?.click();
      return Boolean(button);
    });
  await expect.poll(reveal).toBe(true);
  await expect.poll(async () => (await readPopup()).heading).toBe('Reach out to Maya');
  const shown = await readPopup();
  expect(shown.reflection.length).toBeGreaterThan(20);
  expect(shown.credit).toContain('Jennifer Goggin');
  expect(shown.heading).toBe('Reach out to Maya');
  expect(shown.draft).toContain('Maya');
  // On Linux the filled button is the channel Maya usually uses (WhatsApp), never sms:.
  expect(shown.send).toBe(
    `https://wa.me/15551234567?text=${encodeURIComponent(shown.draft).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
  );
  expect(await nudgesShown(serviceWorker)).toBe(1);
  expect(outsideRequests).toEqual([]);
});

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

test('where the popup cannot open, a small window shows the same card', async ({
  serviceWorker,
  context,
  workInFront,
}) => {
  // A browser without openPopup (or one that refuses it without a gesture).
  await serviceWorker.evaluate(() => {
    (chrome.action as { openPopup?: unknown }).openPopup = undefined;
  });
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 15, nudgeStyle: 'popup' });
  await workInFront();

  const card = await context.waitForEvent('page', {
    predicate: (p) => p.url().includes('popup.html?window=1'),
    timeout: 30_000,
  });

  await expect(card.locator('.reflection-text')).not.toBeEmpty();
  await card.getByRole('button', { name: 'Show who and the message' }).click();
  await expect(card.getByRole('heading', { name: 'Reach out to Maya' })).toBeVisible();
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
    /^Noted\. Next check-in (after 15 min alone, )?not before \d\d:\d\d( [AP]M)?\.$/,
  );
  await card.getByRole('button', { name: 'Not now ▾' }).click();
  await card.getByRole('button', { name: 'Less often' }).click();
  await expect(card.locator('.answer')).toHaveText(
    /^Noted\. Attune will wait longer\. Next check-in after 45 min alone, not before \d\d:\d\d( [AP]M)?\.$/,
  );

  expect((await storedSettings(serviceWorker))?.thresholdMin).toBe(45);
  const options = await openPage('options.html');
  const log = options.locator('#decisions');
  await expect(log).toContainText('“Not now”: the next nudge waits longer.');
  await expect(log).toContainText('“Less often”: nudges now wait for 45 min alone.');
});
