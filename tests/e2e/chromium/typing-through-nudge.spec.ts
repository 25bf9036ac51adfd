import type { Page, Worker } from '@playwright/test';
import {
  charactersLost,
  clickAt,
  minutesOnYourOwn,
  NOTES_PAGE,
  stillnessBeforeCard,
  typeFor,
} from '../shared/typing';
import { expect, test } from './fixtures';
import { MAYA, minutesInTitle, popupOpen, seedContacts, seedSettings, toolbar } from './helpers';

// Real X input and idle detection only work headed: `npm test` runs Playwright under Xvfb.
test.use({ headless: false });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The person's notes in front, the keyboard in its textarea through a real click, and an Attune page
 * left in a tab behind it (to read the card through `extension.getViews`, without being in front).
 * In the accelerated build a configured minute is a second; the break is longer than the pause.
 */
async function atTheirNotes(
  context: import('@playwright/test').BrowserContext,
  sw: Worker,
  extensionId: string,
): Promise<{ notes: Page; viewer: Page }> {
  await seedSettings(sw, { nudgeStyle: 'popup', thresholdMin: 400, breakMin: 45, repeatMin: 240 });
  await seedContacts(sw, [MAYA]);
  const viewer = await context.newPage();
  await viewer.goto(`chrome-extension://${extensionId}/privacy.html`);
  for (const page of context.pages()) if (page.url().includes('welcome.html')) await page.close();
  const notes = await context.newPage();
  await notes.goto(NOTES_PAGE);
  await notes.bringToFront();
  const centre = await notes.evaluate(() => ({
    x: window.screenX + window.outerWidth / 2,
    y: window.screenY + (window.outerHeight - window.innerHeight) + window.innerHeight / 2,
  }));
  await clickAt(undefined, centre.x, centre.y);
  await expect(notes.locator('#notes')).toBeFocused();
  return { notes, viewer };
}

/** Watches whether the toolbar popup opens while `during` runs. */
async function popupOpenedDuring<T>(sw: Worker, during: Promise<T>): Promise<{ result: T; opened: boolean }> {
  let done = false;
  let opened = false;
  const watching = (async () => {
    while (!done) {
      if (await popupOpen(sw)) opened = true;
      await sleep(250);
    }
  })();
  const result = await during;
  done = true;
  await watching;
  return { result, opened };
}

test('control: with the nudge far away, the typing harness loses nothing by itself', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const { notes } = await atTheirNotes(context, serviceWorker, extensionId);

  const { result: typed, opened } = await popupOpenedDuring(serviceWorker, typeFor(undefined, 15_000));

  const lost = charactersLost(typed.text, await notes.locator('#notes').inputValue());
  test
    .info()
    .annotations.push({ type: 'figures', description: `control: ${typed.text.length} typed, ${lost} lost` });
  expect(lost).toBe(0);
  expect(opened).toBe(false);
});

test('typing through the due moment: nothing lost, no card; 20 s of stillness: the card opens with the real minutes', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const { notes, viewer } = await atTheirNotes(context, serviceWorker, extensionId);

  const typing = typeFor(undefined, 26_000);
  await sleep(3_000);
  // Due a few seconds into the typing (configured minutes are seconds here), then minutes of it.
  const solitary = minutesInTitle((await toolbar(serviceWorker)).title) ?? 0;
  const thresholdMin = Math.max(15, solitary + 6);
  await seedSettings(serviceWorker, { nudgeStyle: 'popup', thresholdMin, breakMin: 45, repeatMin: 240 });
  const { result: typed, opened } = await popupOpenedDuring(serviceWorker, typing);

  const lost = charactersLost(typed.text, await notes.locator('#notes').inputValue());
  const log = await serviceWorker.evaluate(async () => {
    const { decisionLog = [] } = await chrome.storage.session.get('decisionLog');
    return (decisionLog as { what: string; detail?: string }[]).map((d) =>
      d.detail ? `${d.what}:${d.detail}` : d.what,
    );
  });
  test.info().annotations.push({
    type: 'figures',
    description: `typed ${typed.text.length}, lost ${lost}, card opened while typing: ${opened}`,
  });
  expect(lost).toBe(0);
  expect(opened).toBe(false);
  expect(log).toContain('deferred:typing'); // the nudge was due while they typed

  // Then stillness: the card opens within a 20 s pause, and no sooner than 15 s into it.
  const stillS = await stillnessBeforeCard(typed.lastKeyAt, () => popupOpen(serviceWorker));
  test.info().annotations.push({
    type: 'figures',
    description: `longest pause ${typed.longestPauseMs} ms, card opened after ${stillS?.toFixed(1)} s still; log ${log.join(' ')}`,
  });
  expect(stillS, 'the card opens within 20 s of stillness').not.toBeNull();
  expect(stillS).toBeGreaterThanOrEqual(14.5);
  const cardStatus = () =>
    viewer.evaluate(
      () =>
        chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('.status')?.textContent ?? '',
    );
  await expect.poll(cardStatus, { timeout: 5_000 }).toMatch(/\S/);
  const status = await cardStatus();
  expect(minutesOnYourOwn(status), status).toBeGreaterThanOrEqual(thresholdMin);
});
