import path from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs, languageEnv } from '../../../scripts/chromium.mjs';

/** The accelerated-time build made by `npm run build:e2e`. */
export const E2E_BUILD = path.resolve('.output/chrome-mv3-e2e');
/** The release build: real minutes. */
export const RELEASE_BUILD = path.resolve('.output/chrome-mv3');

interface Fixtures {
  /** Which build to load; tests can `test.use({ extensionDir: RELEASE_BUILD })`. */
  extensionDir: string;
  /** The browser's UI language, which `browser.i18n` follows (Linux Chromium reads LANGUAGE). */
  uiLanguage: 'en' | 'es';
  // Headed runs (`test.use({ headless: false })`, Playwright's own option) need a display: `npm test`
  // runs Playwright under Xvfb. Idle detection only works headed.
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Errors printed or thrown by any extension context (pages and worker) during the test. */
  extensionErrors: string[];
  /** Requests to anything but the extension itself, made while the test ran. */
  outsideRequests: string[];
  /** Opens one of the extension's pages (e.g. `options.html`) and waits until it has rendered. */
  openPage: (file: string) => Promise<Page>;
  /** Stops the service worker the way Chromium does when it goes idle. */
  stopServiceWorker: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  extensionDir: [E2E_BUILD, { option: true }],
  uiLanguage: ['en', { option: true }],

  extensionErrors: async ({}, use) => {
    await use([]);
  },

  outsideRequests: async ({}, use) => {
    await use([]);
  },

  context: async (
    { extensionDir, headless, uiLanguage, timezoneId, locale, extensionErrors, outsideRequests },
    use,
  ) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless,
      // Playwright's own options, so a test can place the browser (`test.use({ timezoneId })`).
      timezoneId,
      locale,
      env: languageEnv(uiLanguage),
      args: [`--lang=${uiLanguage}`, ...extensionArgs(extensionDir)],
    });
    const ownUrl = (url: string) =>
      url.startsWith('chrome-extension://') || url.startsWith('data:') || url === 'about:blank';
    context.on('request', (request) => {
      if (!ownUrl(request.url())) outsideRequests.push(request.url());
    });
    context.on('console', (message) => {
      if (message.type() === 'error') extensionErrors.push(`console: ${message.text()}`);
    });
    context.on('weberror', (error) => extensionErrors.push(`uncaught: ${error.error().message}`));
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context, extensionErrors }, use) => {
    // Listen before looking, so a worker that registers in between is not missed.
    const registered = context.waitForEvent('serviceworker', { timeout: 20_000 });
    const worker = context.serviceWorkers()[0] ?? (await registered);
    registered.catch(() => undefined);
    worker.on('console', (message) => {
      if (message.type() === 'error') extensionErrors.push(`worker: ${message.text()}`);
    });
    await use(worker);
  },

  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },

  openPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      page.on('pageerror', () => {}); // reported through the context's `weberror`
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      await expect(page.locator('h1')).toBeVisible();
      return page;
    });
  },

  stopServiceWorker: async ({ context }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    });
  },
});

/** Wakes a stopped worker: an extension page sends it a message, as a real page would. */
export async function wakeServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
}

export { expect };
