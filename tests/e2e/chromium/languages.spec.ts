import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { chromiumLanguage } from '../../../scripts/chromium.mjs';
import { expect, test } from './fixtures';
import { MAYA, seedContacts, seedSettings } from './helpers';

/**
 * Every page in every language Attune speaks (one browser per language, the pages in its tabs):
 * no missing message, no page left in English, no popup state over Chromium's 600 px at 100 % and
 * 125 %, no horizontal overflow at 360 px and 1000 px. Measured with real fonts for every script
 * (tests/e2e/fonts.conf). A new `locales/<lang>.yml` is checked here with nothing else to add.
 * The full list of popup states runs in English and Spanish (popup-fit.spec.ts); here, the states
 * whose words differ most by language.
 */

const LANGUAGES = readdirSync('locales')
  .filter((file) => file.endsWith('.yml'))
  .map((file) => file.slice(0, -'.yml'.length))
  .sort();

/** A message of a locale file by its dotted key. */
function messageOf(folder: string, key: string): string {
  const parsed = parseMessagesText(readFileSync(`locales/${folder}.yml`, 'utf8'), 'YAML');
  const found = parsed.find((m) => m.key.join('.') === key);
  return found && 'message' in found ? String(found.message) : '';
}

/**
 * The rotation that shows this language's longest reflection (its words and its invitation) at the
 * next opening, so every state is measured at its tallest rather than with whichever came up.
 */
function longestFirst(folder: string): { order: string[]; index: number; favourites: []; hidden: [] } {
  const parsed = parseMessagesText(readFileSync(`locales/${folder}.yml`, 'utf8'), 'YAML');
  const ids = [...new Set(parsed.filter((m) => m.key[0] === 'reflection').map((m) => m.key[1] as string))];
  const length = (id: string) =>
    [...`${messageOf(folder, `reflection.${id}.text`)}${messageOf(folder, `reflection.${id}.invitation`)}`]
      .length;
  const longest = ids.reduce((a, b) => (length(b) > length(a) ? b : a));
  const rest = ids.filter((id) => id !== longest);
  // The next opening moves on by one: the longest goes right after the current index.
  return { order: [rest[0] as string, longest, ...rest.slice(1)], index: 0, favourites: [], hidden: [] };
}

/** Each page and the key of its main heading, which must be in the page's language. */
const PAGES: [file: string, heading: string][] = [
  ['options.html', 'options.title'],
  ['welcome.html', 'welcome.title'],
  ['insights.html', 'insights.title'],
  ['privacy.html', 'privacy.title'],
];

const SAM = { id: 'sam', name: 'Sam', email: 'sam@example.com', createdAt: 2, lastContactedAt: 5 };
/** A national number only: the filled button copies and shows the QR code, the tallest state in Spanish. */
const ANA = { id: 'ana', name: 'Ana', phone: '020 7946 0958', createdAt: 4 };

/** Popup states whose words run longest: nobody yet, several people, the nudge, each disclosure open, the QR code. */
const POPUP_STATES: [name: string, contacts: unknown[], url: string, act?: (p: Page) => Promise<void>][] = [
  ['no person yet', [], 'popup.html'],
  ['several', [MAYA, SAM], 'popup.html'],
  ['other ways open', [MAYA], 'popup.html', (p) => p.locator('.send button.link').click()],
  // One disclosure opens at a time: "Not now ▾" is a state of its own.
  [
    'not now open',
    [MAYA],
    'popup.html',
    async (p) => {
      await p.locator('[aria-controls="decline"]').click();
      await p.locator('#decline button').first().waitFor();
    },
  ],
  ['opened by a nudge', [MAYA, SAM], 'popup.html?nudge=1'],
  [
    'QR',
    [ANA],
    'popup.html',
    async (p) => {
      await p.locator('.send .primary').click();
      await p.locator('svg.qr').waitFor(); // the code itself, loaded lazily
    },
  ],
];

for (const folder of LANGUAGES) {
  const tag = chromiumLanguage(folder);
  const written = messageOf(folder, 'common.locale');
  const rightToLeft = ['ar', 'fa', 'he', 'ur'].includes(folder.split('_')[0] as string);

  test.describe(`in ${tag}`, () => {
    test.use({ uiLanguage: tag });

    test(`every page speaks ${tag}, fits and never scrolls sideways`, async ({
      serviceWorker,
      context,
      extensionId,
    }) => {
      test.setTimeout(120_000);
      const missing: string[] = [];
      context.on('console', (m) => {
        if (/Message not found/.test(m.text())) missing.push(m.text());
      });
      await seedSettings(serviceWorker, {});
      const tab = await context.newPage();
      tab.on('console', (m) => {
        if (/Message not found/.test(m.text())) missing.push(m.text());
      });
      const problems: string[] = [];

      for (const [file, heading] of PAGES) {
        for (const width of [360, 1000]) {
          await tab.setViewportSize({ width, height: 800 });
          await tab.goto(`chrome-extension://${extensionId}/${file}`);
          await expect(tab.locator('h1')).toBeVisible();
          await tab.waitForTimeout(200);
          const page = await tab.evaluate(() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            h1: document.querySelector('h1')?.textContent?.trim() ?? '',
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            raw: /__MSG_|\$\d/.test(document.body.textContent ?? ''),
          }));
          if (page.lang !== written) problems.push(`${file}: lang ${page.lang}, not ${written}`);
          if (page.dir !== (rightToLeft ? 'rtl' : 'ltr')) problems.push(`${file}: dir ${page.dir}`);
          if (page.h1 !== messageOf(folder, heading)) problems.push(`${file}: heading "${page.h1}"`);
          if (folder !== 'en' && messageOf(folder, heading) === messageOf('en', heading))
            problems.push(`${file}: ${heading} is the English words`);
          if (page.raw) problems.push(`${file}: a placeholder shows`);
          if (page.overflow > 0) problems.push(`${file} at ${width} px: ${page.overflow} px sideways`);
        }
      }

      let tallest = { height: 0, state: '' };
      for (const [name, contacts, url, act] of POPUP_STATES) {
        await seedContacts(serviceWorker, contacts);
        await serviceWorker.evaluate(
          (rotation) => chrome.storage.local.set({ rotation }),
          longestFirst(folder),
        );
        const popup = await context.newPage();
        await popup.setViewportSize({ width: 800, height: 100 });
        await popup.goto(`chrome-extension://${extensionId}/${url}`);
        await expect(popup.locator('.status')).not.toHaveText('\u00a0');
        if (url.includes('nudge')) {
          await popup.mouse.move(5, 5);
          await popup.mouse.move(20, 20);
          await popup.locator('.veiled .primary').click();
        }
        await act?.(popup);
        await popup.waitForTimeout(300);
        for (const zoom of [1, 1.25]) {
          const height = await popup.evaluate((z) => {
            document.documentElement.style.zoom = String(z);
            return document.documentElement.scrollHeight;
          }, zoom);
          if (height > tallest.height) tallest = { height, state: `${name} at ${zoom * 100} %` };
          if (height > 600) problems.push(`popup, ${name}, ${zoom * 100} %: ${height} px`);
        }
        await popup.close();
      }
      console.log(`tallest popup state in ${tag}: ${tallest.state}, ${tallest.height} px`);

      expect(missing).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
