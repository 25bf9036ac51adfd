import { expect, test } from './fixtures';
import { activeUntilDue, MAYA, nudgesShown, popupOpen, seedContacts, seedSettings } from './helpers';

// Accelerated build: a configured minute lasts a second, so the 15-minute threshold is 15 s.
// A card opens by itself only at a still moment (15 s without input, as the idle API tells): that
// takes a display, so these run headed; the person moves the pointer until the nudge is due, then
// rests (`activeUntilDue`).
test.use({ headless: false });

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
  await activeUntilDue(serviceWorker);

  await expect.poll(() => popupOpen(serviceWorker), { timeout: 25_000 }).toBe(true);

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
  // On Linux the filled button is the person's web-capable channel (WhatsApp), not sms:.
  expect(shown.send).toBe(
    `https://wa.me/15551234567?text=${encodeURIComponent(shown.draft).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
  );
  expect(await nudgesShown(serviceWorker)).toBe(1);
  expect(outsideRequests).toEqual([]);
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
  const opening = context.waitForEvent('page', {
    predicate: (p) => p.url().includes('popup.html?window=1'),
    timeout: 60_000,
  });
  await activeUntilDue(serviceWorker);

  const card = await opening;

  await expect(card.locator('.reflection-text')).not.toBeEmpty();
  await card.getByRole('button', { name: 'Show who and the message' }).click();
  await expect(card.getByRole('heading', { name: 'Reach out to Maya' })).toBeVisible();
});
