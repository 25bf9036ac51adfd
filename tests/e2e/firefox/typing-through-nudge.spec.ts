import type { Page } from 'puppeteer-core';
import {
  charactersLost,
  clickAt,
  minutesOnYourOwn,
  NOTES_PAGE,
  stillnessBeforeCard,
  typeFor,
} from '../shared/typing';
import { contextId, expect, test } from './fixtures';
import {
  decisionLines,
  inExtension,
  MAYA,
  minutesInTitle,
  seedContacts,
  seedSettings,
  toolbar,
} from './helpers';

// Real X typing: headless Firefox ignores it (and its idle service with it), so this Firefox runs
// headed on an Xvfb display of its own, where xdotool types and the idle service sees the input.
test.use({ ownDisplay: true });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether Attune's card is open (the toolbar popup, or its window where the popup is refused). */
function cardOpen(options: Page): Promise<boolean> {
  return inExtension(
    options,
    (api) =>
      api.extension.getViews({ type: 'popup' }).length > 0 ||
      api.extension.getViews({ type: 'tab' }).some((v) => v.location.search.includes('nudge=1')),
  );
}

/** The card's status line, once it has rendered. */
function cardStatus(options: Page): Promise<string> {
  return inExtension(options, (api) => {
    const popup =
      api.extension.getViews({ type: 'popup' })[0] ??
      api.extension.getViews({ type: 'tab' }).find((v) => v.location.search.includes('nudge=1'));
    return popup?.document.querySelector('.status')?.textContent ?? '';
  });
}

test.describe('typing through the moment a nudge comes due (headed, real X input)', () => {
  let options: Page;
  let notes: Page;

  test.beforeEach(async ({ firefox, openPage }) => {
    options = await openPage('options.html'); // stays in a tab behind: reads the card
    await seedContacts(options, [MAYA]);
    await seedSettings(options, { nudgeStyle: 'popup', thresholdMin: 400, breakMin: 45, repeatMin: 240 });
    notes = await firefox.browser.newPage();
    await firefox.bidi('browsingContext.navigate', {
      context: contextId(notes),
      url: NOTES_PAGE,
      wait: 'complete',
    });
    await firefox.bidi('browsingContext.activate', { context: contextId(notes) });
    // The real pointer clicks into the textarea, which fills the window.
    const centre = await notes.evaluate(() => {
      const w = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      return { x: w.mozInnerScreenX + innerWidth / 2, y: w.mozInnerScreenY + innerHeight / 2 };
    });
    await clickAt(firefox.display, centre.x, centre.y);
    await expect.poll(() => notes.evaluate(() => document.activeElement?.id)).toBe('notes');
  });

  /** Types for `forMs` while watching whether the card opens. */
  async function typeWatching(display: string | undefined, forMs: number, before?: () => Promise<void>) {
    let done = false;
    let opened = false;
    const watching = (async () => {
      while (!done) {
        if (await cardOpen(options)) opened = true;
        await sleep(250);
      }
    })();
    const typing = typeFor(display, forMs);
    await before?.();
    const typed = await typing;
    done = true;
    await watching;
    const lost = charactersLost(
      typed.text,
      await notes.evaluate(() => document.querySelector('textarea')?.value ?? ''),
    );
    return { typed, opened, lost };
  }

  test('control: with the nudge far away, the typing harness loses nothing by itself', async ({
    firefox,
  }) => {
    test.setTimeout(60_000);

    const { typed, opened, lost } = await typeWatching(firefox.display, 15_000);

    test.info().annotations.push({
      type: 'figures',
      description: `control: ${typed.text.length} typed, ${lost} lost`,
    });
    expect(lost).toBe(0);
    expect(opened).toBe(false);
  });

  test('nothing lost and no card while typing; 20 s of stillness opens it with the real minutes', async ({
    firefox,
  }) => {
    test.setTimeout(120_000);
    let thresholdMin = 15;

    const { typed, opened, lost } = await typeWatching(firefox.display, 26_000, async () => {
      await sleep(3_000);
      // Due a few seconds into the typing (a configured minute is a second here).
      const solitary = minutesInTitle((await toolbar(options)).title) ?? 0;
      thresholdMin = Math.max(15, solitary + 6);
      await seedSettings(options, { nudgeStyle: 'popup', thresholdMin, breakMin: 45, repeatMin: 240 });
    });
    const log = await decisionLines(options);
    test.info().annotations.push({
      type: 'figures',
      description: `typed ${typed.text.length}, lost ${lost}, card opened while typing: ${opened}`,
    });
    expect(lost).toBe(0);
    expect(opened).toBe(false);
    expect(log).toContain('deferred:typing');

    const stillS = await stillnessBeforeCard(typed.lastKeyAt, () => cardOpen(options));
    test.info().annotations.push({
      type: 'figures',
      description: `card opened after ${stillS?.toFixed(1)} s still; log ${(await decisionLines(options)).join(' ')}`,
    });
    expect(stillS, 'the card opens within 20 s of stillness').not.toBeNull();
    expect(stillS).toBeGreaterThanOrEqual(14.5);
    await expect.poll(() => cardStatus(options), { timeout: 5_000 }).toMatch(/on your own/);
    const status = await cardStatus(options);
    expect(minutesOnYourOwn(status), status).toBeGreaterThanOrEqual(thresholdMin);
  });
});
