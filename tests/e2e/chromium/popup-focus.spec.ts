import { expect, test } from './fixtures';
import { MAYA, seedContacts, storedLocal } from './helpers';

/**
 * Where focus lands when the popup opens: on the one filled button when the person opens it, on
 * nothing that acts when Attune opens it by itself (`popup.html?nudge=1`), where keystrokes still
 * in flight send nothing.
 */

test('opened by the person: focus is on the one filled button, and Enter uses it', async ({
  serviceWorker,
  openPage,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  const popup = await openPage('popup.html');
  const send = popup.getByRole('link', { name: 'Message Maya via WhatsApp' });

  await expect(send).toBeFocused();
  await expect(popup.locator('.primary')).toHaveCount(1);
  // No network here: the new tab's request is what shows where it went.
  const opened = popup.context().waitForEvent('request', (r) => r.url().startsWith('https://wa.me/'));
  await popup.keyboard.press('Enter');

  expect((await opened).url()).toMatch(/^https:\/\/wa\.me\/15551234567\?text=/);
  await expect(popup.getByText('Message copied.')).toBeVisible();
});

test('opened by Attune: focus on nothing that acts; typing Enter and Space sends nothing', async ({
  serviceWorker,
  openPage,
  context,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  const popup = await openPage('popup.html?nudge=1');
  await expect(popup.getByRole('button', { name: 'Show who and the message' })).toBeVisible();
  await expect(popup.locator('h1')).toBeFocused();
  await expect(popup.getByText('Maya')).toHaveCount(0);
  const pagesBefore = context.pages().length;

  // Someone typing in another window when the card appears: words, Enter, Space, even Tab.
  await popup.keyboard.type('see you at ten', { delay: 40 });
  await popup.keyboard.press('Enter');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await popup.keyboard.press('Space');
  await popup.waitForTimeout(500);

  await expect(popup.locator('h1')).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Show who and the message' })).toBeVisible();
  expect(context.pages().length).toBe(pagesBefore);
  expect(await storedLocal(serviceWorker, 'pendingAsk')).toBeUndefined();
  const stats = (await storedLocal<Record<string, { connections: number }>>(serviceWorker, 'stats')) ?? {};
  expect(Object.values(stats).reduce((n, day) => n + day.connections, 0)).toBe(0);
  const tracker = await storedLocal<{ snoozedUntil: number | null; pausedUntil: number | null }>(
    serviceWorker,
    'tracker',
  );
  expect([tracker?.snoozedUntil ?? null, tracker?.pausedUntil ?? null]).toEqual([null, null]);
});

test('opened by Attune: one deliberate click shows the person and the draft', async ({
  serviceWorker,
  openPage,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  const popup = await openPage('popup.html?nudge=1');

  await popup.getByRole('button', { name: 'Show who and the message' }).click();

  await expect(popup.getByRole('heading', { name: 'Reach out to Maya' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Message Maya via WhatsApp' })).toBeVisible();
  // The one way to decline is at the bottom, after the reach-out.
  const last = popup.locator('main button, main a').last();
  await expect(last).toHaveText('Not now ▾');
});
