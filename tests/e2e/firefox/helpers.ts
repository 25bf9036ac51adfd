/**
 * Journey helpers for Firefox, the counterparts of `../chromium/helpers.ts`. Firefox gives BiDi no
 * handle on the background page, so everything is read and written from an open extension tab,
 * whose `browser` API sees the same storage, toolbar button, notifications and views.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { BASE_SETTINGS } from '../chromium/helpers';
import { type ExtensionFn, test } from './fixtures';

export { BASE_SETTINGS, minutesInTitle } from '../chromium/helpers';

/** A contact as the options page stores it; she usually messages on WhatsApp (the card's filled button). */
export const MAYA = {
  id: 'maya',
  name: 'Maya',
  phone: '+15551234567',
  preferred: 'whatsapp',
  createdAt: 1_700_000_000_000,
};

/** `fn(browser, ...args)` in an extension tab, like the `evalInExtension` fixture (for helpers). */
export async function inExtension<A extends unknown[], R>(
  page: Page,
  fn: ExtensionFn<A, R>,
  ...args: A
): Promise<Awaited<R>> {
  // A string is evaluated by BiDi itself, so the extension pages' CSP (no eval) doesn't apply.
  return (await page.evaluate(
    `(${fn.toString()})(globalThis.browser, ...${JSON.stringify(args)})`,
  )) as Awaited<R>;
}

/** Writes settings the way the options page does (to `storage.sync`). */
export async function seedSettings(page: Page, patch: Partial<typeof BASE_SETTINGS>): Promise<void> {
  await inExtension(page, (api, settings) => api.storage.sync.set({ settings }), {
    ...BASE_SETTINGS,
    ...patch,
  });
}

export async function seedContacts(page: Page, contacts: unknown[]): Promise<void> {
  await inExtension(page, (api, list) => api.storage.local.set({ contacts: list }), contacts);
}

/** The toolbar button as the person sees it (Firefox's MV2 build has `browserAction`). */
export function toolbar(page: Page): Promise<{ text: string; title: string }> {
  return inExtension(page, async (api) => ({
    text: await api.browserAction.getBadgeText({}),
    title: await api.browserAction.getTitle({}),
  }));
}

export async function storedLocal<T = unknown>(page: Page, key: string): Promise<T> {
  return (await inExtension(page, async (api, k) => (await api.storage.local.get(k))[k], key)) as T;
}

/** How many nudges the tracker has shown today (from its saved snapshot). */
export async function nudgesShown(page: Page): Promise<number> {
  const tracker = await storedLocal<{ nudgesOnDay?: number } | undefined>(page, 'tracker');
  return tracker?.nudgesOnDay ?? 0;
}

/** What a reflection card shows, read from its document. */
export interface Card {
  url: string;
  reflection: string;
  credit: string;
  heading: string;
  draft: string;
  /** The filled button's link (on Linux, the person's WhatsApp). */
  send: string;
}

/**
 * The card documents open right now, seen from an extension tab through `extension.getViews`:
 * `popup` is the toolbar popup; `window` the fallback card window (`popup.html?window=1`).
 * Self-contained: it runs in the extension tab, pasted in as source by `inCards`.
 */
function cardViews(api: WebExtensionApi, where: 'popup' | 'window'): Window[] {
  return where === 'popup'
    ? api.extension.getViews({ type: 'popup' })
    : api.extension.getViews().filter((w) => w.location.search.includes('window=1'));
}

/** `fn(views)` in an extension tab, with the card documents of `where` (self-contained, like `inExtension`). */
async function inCards<R>(page: Page, where: 'popup' | 'window', fn: (views: Window[]) => R): Promise<R> {
  return (await page.evaluate(
    `(${fn.toString()})((${cardViews.toString()})(globalThis.browser, ${JSON.stringify(where)}))`,
  )) as R;
}

/** The reflection cards open right now (`where`: the toolbar popup or the fallback window). */
export function openCards(page: Page, where: 'popup' | 'window'): Promise<Card[]> {
  return inCards(page, where, (views) =>
    views.map((w) => {
      const doc = w.document;
      return {
        url: w.location.href,
        reflection: doc.querySelector('.reflection-text')?.textContent ?? '',
        credit: doc.querySelector('.credit')?.textContent ?? '',
        heading: doc.querySelector('#reach-title')?.textContent ?? '',
        draft: (doc.querySelector('#draft') as HTMLTextAreaElement | null)?.value ?? '',
        send: doc.querySelector('a.primary')?.getAttribute('href') ?? '',
      };
    }),
  );
}

/**
 * Clicks "Show who and the message" on the cards Attune opened by itself (names and the draft wait
 * for one deliberate click); whether there was one to click.
 */
export function revealCards(page: Page, where: 'popup' | 'window'): Promise<boolean> {
  return inCards(page, where, (views) => {
    const buttons = views.flatMap((w) =>
      [...w.document.querySelectorAll('button')].filter(
        (b) => b.textContent?.trim() === 'Show who and the message',
      ),
    );
    for (const button of buttons) button.click();
    return buttons.length > 0;
  });
}

/** `encodeURIComponent` plus `!'()*`, as the product encodes a drafted message in links. */
export function encodeBody(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Clicks the button whose text is `name`, as a person would (like Playwright's `getByRole`). */
export async function clickButton(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text),
    { timeout: 10_000 },
    name,
  );
  const button = await page.evaluateHandle(
    (text) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text),
    name,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}

/**
 * Sets a Firefox pref to `value` for each test of the describe block this is called in, and gives
 * it back after each (a way Firefox behaves for other people, e.g. no popup without a gesture).
 */
export function withBoolPref(name: string, value: boolean): void {
  test.beforeEach(async ({ firefox }) => {
    await firefox.privileged(`Services.prefs.setBoolPref('${name}', ${value});`);
  });
  test.afterEach(async ({ firefox }) => {
    await firefox.privileged(`Services.prefs.clearUserPref('${name}');`);
  });
}

/** The decision log as the background keeps it live, as `what:detail` lines. */
export async function decisionLines(page: Page): Promise<string[]> {
  return inExtension(page, async (api) => {
    const { decisionLog = [] } = (await api.storage.session.get('decisionLog')) as {
      decisionLog?: { what: string; detail?: string }[];
    };
    return decisionLog.map((d) => (d.detail ? `${d.what}:${d.detail}` : d.what));
  });
}

/**
 * The person active (`resetIdle`, as input would) until the due nudge waits for a still moment,
 * then resting: a card opens by itself only after 15 s without input. Resolves with the moment of
 * the last input (ms epoch).
 */
export async function activeUntilDue(page: Page, resetIdle: () => Promise<void>, timeoutMs = 40_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    await resetIdle();
    if ((await decisionLines(page)).includes('deferred:typing')) return Date.now();
    await sleep(1_000);
  }
  throw new Error('the nudge never came due while the person was active');
}
