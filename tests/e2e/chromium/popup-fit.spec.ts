import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { type BASE_SETTINGS, MAYA, seedContacts, seedSettings } from './helpers';

/**
 * Every state of the popup fits the 600 px Chromium allows, at the popup's real width, in both
 * languages, light and dark, at 100 % and 125 % zoom, with exactly one filled button.
 */

const SAM = { id: 'sam', name: 'Sam', email: 'sam@example.com', createdAt: 2, lastContactedAt: 5 };
const LEE = { id: 'lee', name: 'Lee', telegram: 'lee_writes', createdAt: 3, lastContactedAt: 6 };
/** A national number only: no web channel, so the filled button is "copy and show a QR". */
const ANA = { id: 'ana', name: 'Ana', phone: '020 7946 0958', createdAt: 4 };

interface Setup {
  contacts: unknown[];
  url?: string;
  settings?: Partial<typeof BASE_SETTINGS>;
  pendingAsk?: boolean;
  /** Requests the background gets before the popup opens (pause, snooze). */
  requests?: unknown[];
  /** What the person does once it is open. */
  act?: (popup: Page) => Promise<void>;
}

/** Quiet hours around the current local hour of this machine. */
function quietNow(): typeof BASE_SETTINGS.quietHours {
  const h = new Date().getHours();
  const pad = (n: number) => `${String((n + 24) % 24).padStart(2, '0')}:00`;
  return { enabled: true, start: pad(h - 1), end: pad(h + 2) };
}

/** The person arrives at a card Attune opened: a real pointer movement lifts its key guard. */
async function arrive(p: Page): Promise<void> {
  await p.mouse.move(5, 5);
  await p.mouse.move(20, 20);
}

const STATES: Record<string, Setup> = {
  'no person yet': { contacts: [] },
  'one person': { contacts: [MAYA] },
  // One disclosure at a time: "Not now ▾" closes the other ways.
  'one person, other ways open': { contacts: [MAYA], act: (p) => p.locator('.send button.link').click() },
  'one person, "not now" open': {
    contacts: [MAYA],
    act: async (p) => {
      await p.locator('.send button.link').click();
      await p.locator('[aria-controls="decline"]').click();
    },
  },
  several: { contacts: [MAYA, SAM, LEE] },
  asked: { contacts: [MAYA, SAM], pendingAsk: true },
  thanks: { contacts: [MAYA], act: (p) => p.locator('.actions button').first().click() },
  settle: { contacts: [MAYA], act: (p) => p.locator('.actions button.link').click() },
  QR: {
    contacts: [ANA],
    act: async (p) => {
      await p.locator('.send .primary').click();
      await p.locator('svg.qr').waitFor(); // the code itself, loaded lazily
    },
  },
  paused: { contacts: [MAYA], requests: [{ type: 'pause', span: 'hour' }] },
  'quiet hours': { contacts: [MAYA], settings: { quietHours: quietNow() } },
  snoozed: { contacts: [MAYA], requests: [{ type: 'snooze', minutes: 60 }] },
  'opened by a nudge': { contacts: [MAYA, SAM], url: 'popup.html?nudge=1' },
  'opened by a nudge, "not now" open': {
    contacts: [MAYA, SAM],
    url: 'popup.html?nudge=1',
    act: async (p) => {
      await arrive(p);
      await p.locator('[aria-controls="decline"]').click();
    },
  },
  // The longest answer, said back with when Attune may come back.
  'opened by a nudge, answered "I wasn’t alone"': {
    contacts: [MAYA, SAM],
    url: 'popup.html?nudge=1',
    act: async (p) => {
      await arrive(p);
      await p.locator('[aria-controls="decline"]').click();
      await p.locator('#decline button').nth(1).click();
      await p.locator('.answer').waitFor();
    },
  },
  'opened by a nudge, shown': {
    contacts: [MAYA, SAM],
    url: 'popup.html?nudge=1',
    act: async (p) => {
      await arrive(p);
      await p.locator('.veiled .primary').click();
    },
  },
};

/** The reflection that takes the most room in this language: the worst case for every state. */
async function tallestReflection(sw: Worker, open: () => Promise<Page>): Promise<string[]> {
  const popup = await open();
  let tallest = { height: 0, order: [] as string[], index: 0 };
  const seen = new Set<string>();
  for (let i = 0; i < 60; i++) {
    const height = await popup.locator('.reflection').evaluate((el) => el.getBoundingClientRect().height);
    const text = (await popup.locator('.reflection-text').textContent()) ?? '';
    const rotation = await sw.evaluate(
      async () => (await chrome.storage.local.get('rotation')).rotation as { order: string[]; index: number },
    );
    if (height > tallest.height) tallest = { height, order: rotation.order, index: rotation.index };
    if (seen.has(text)) break;
    seen.add(text);
    await popup.getByRole('button', { name: /^(Another|Otra)$/ }).click();
    await expect(popup.locator('.reflection-text')).not.toHaveText(text);
  }
  await popup.close();
  // The next opening moves on by one: put the tallest right after the current index.
  const id = tallest.order[tallest.index] as string;
  const rest = tallest.order.filter((x) => x !== id);
  return [rest[0] as string, id, ...rest.slice(1)];
}

/**
 * The popup's height in screen pixels at a zoom level. CSS `zoom` on the root lays the page out as
 * browser zoom does (larger text, the same CSS width); the popup's 600 px limit is in screen pixels.
 */
async function measure(popup: Page, zoom: number): Promise<{ css: number; rect: number }> {
  return popup.evaluate((z) => {
    const root = document.documentElement;
    root.style.zoom = String(z);
    return { css: root.scrollHeight, rect: Math.ceil(document.body.getBoundingClientRect().height) };
  }, zoom);
}

for (const language of ['en', 'es'] as const) {
  test.describe(`popup fit (${language})`, () => {
    test.use({ uiLanguage: language });

    test(`every state fits 600 px with one filled button (${language})`, async ({
      serviceWorker,
      context,
      extensionId,
    }) => {
      test.setTimeout(240_000);
      const open = async (file = 'popup.html') => {
        const page = await context.newPage();
        await page.setViewportSize({ width: 800, height: 100 });
        await page.goto(`chrome-extension://${extensionId}/${file}`);
        if (file.startsWith('popup')) await expect(page.locator('.status')).not.toHaveText('\u00a0');
        return page;
      };
      await seedSettings(serviceWorker, {});
      await seedContacts(serviceWorker, [MAYA]);
      const order = await tallestReflection(serviceWorker, open);
      const heights: Record<string, number[]> = {};
      const tooTall: string[] = [];

      for (const [name, setup] of Object.entries(STATES)) {
        await seedSettings(serviceWorker, setup.settings ?? {});
        await serviceWorker.evaluate(
          async ({ contacts, order, ask }) => {
            await chrome.storage.local.remove('pendingAsk');
            await chrome.storage.local.set({
              contacts,
              rotation: { order, index: 0, favourites: [], hidden: [] },
              ...(ask && { pendingAsk: { contactId: 'maya', name: 'Maya', at: 1 } }),
            });
          },
          { contacts: setup.contacts, order, ask: setup.pendingAsk ?? false },
        );
        const opener = await open('insights.html');
        await opener.evaluate(async (requests) => {
          await chrome.runtime.sendMessage({ type: 'resume' });
          for (const r of requests) await chrome.runtime.sendMessage(r);
        }, setup.requests ?? []);
        await opener.close();
        const popup = await open(setup.url);
        await setup.act?.(popup);
        await popup.waitForTimeout(300); // lazy parts (QR, settle) and the status

        expect(await popup.locator('.primary:visible').count(), `${name}: one filled button`).toBe(1);
        heights[name] = [];
        for (const scheme of ['light', 'dark'] as const) {
          await popup.emulateMedia({ colorScheme: scheme });
          for (const zoom of [1, 1.25]) {
            const h = await measure(popup, zoom);
            const shots = process.env.POPUP_SHOTS;
            if (shots) {
              const file = `${shots}/${language}-${name.replace(/[^a-z]+/gi, '-')}-${scheme}-${zoom * 100}.png`;
              await popup.screenshot({ path: file, fullPage: true });
            }
            heights[name].push(h.css);
            if (h.css > 600) tooTall.push(`${name}, ${scheme}, ${zoom * 100} %: ${h.css} px`);
          }
        }
        await popup.close();
      }
      console.log(
        `heights (${language}) [light 100, light 125, dark 100, dark 125]:`,
        JSON.stringify(heights),
      );
      expect(tooTall).toEqual([]);
    });
  });
}
