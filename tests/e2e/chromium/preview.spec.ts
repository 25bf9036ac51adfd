import { expect, test } from './fixtures';
import { MAYA, popupOpen, seedContacts, seedSettings, storedLocal, storedSettings } from './helpers';

/**
 * The welcome's "Preview a nudge" opens the real card, as a nudge would: pressing every answer
 * there changes nothing — no setting, no count, no line in the decision log.
 */

/** The answers in "Not now ▾", by the words on their buttons ("Today": the rest of today). */
const ANSWERS = ['Not now', 'I wasn’t alone', 'Less often', '15 min', '1 hour', 'Today'];

test('"Preview a nudge" on the welcome page: every answer in the card changes nothing', async ({
  serviceWorker,
  openPage,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  await seedSettings(serviceWorker, { thresholdMin: 90, nudgeStyle: 'popup' });
  const welcome = await openPage('welcome.html');
  await welcome.getByRole('button', { name: 'Finish' }).click();
  const logLines = async () =>
    ((await serviceWorker.evaluate(
      async () => (await chrome.storage.session.get('decisionLog')).decisionLog,
    )) ?? []) as { what: string }[];
  await expect(welcome.getByRole('button', { name: 'Preview a nudge' })).toBeVisible();
  const before = await storedSettings(serviceWorker);

  await welcome.getByRole('button', { name: 'Preview a nudge' }).click();
  await expect.poll(() => popupOpen(serviceWorker), { timeout: 15_000 }).toBe(true);

  /** Clicks the button named `name` in the open toolbar popup; false while it isn't there (yet). */
  const press = (name: string) =>
    welcome.evaluate((label) => {
      const doc = chrome.extension.getViews({ type: 'popup' })[0]?.document;
      const button = [...(doc?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === label,
      );
      button?.click();
      return Boolean(button);
    }, name);
  const said = () =>
    welcome.evaluate(
      () =>
        chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('.answer')?.textContent ?? '',
    );

  for (const answer of ANSWERS) {
    await expect.poll(() => press('Not now ▾')).toBe(true);
    await expect.poll(() => press(answer)).toBe(true);
    await expect.poll(said).toBe('This is a preview: nothing was changed.');
  }
  await expect.poll(() => press('I reached out')).toBe(true);
  await welcome.waitForTimeout(1_000);

  expect(await storedSettings(serviceWorker)).toEqual(before);
  const stats =
    (await storedLocal<Record<string, { connections: number; nudges: number }>>(serviceWorker, 'stats')) ??
    {};
  expect(Object.values(stats).reduce((n, day) => n + day.connections + day.nudges, 0)).toBe(0);
  const answered = ['not-now', 'less-often', 'not-alone', 'snooze', 'pause', 'connected', 'nudge'];
  expect((await logLines()).filter((d) => answered.includes(d.what))).toEqual([]);
});
