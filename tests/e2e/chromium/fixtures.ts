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
  /**
   * The browser's UI language, which `browser.i18n` follows (Linux Chromium reads LANGUAGE): a
   * language Chromium ships (`en`, `es`, `pt-BR`, `zh-CN`, `ar`…; `chromiumLanguage` in
   * scripts/chromium.mjs turns a locale folder into one).
   */
  uiLanguage: string;
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
  /**
   * The X display the browser runs on when headed (default: the one the tests run under). Real-time
   * tests move the pointer, so they get a display of their own (`../../realtime/display.ts`).
   */
  display: string | undefined;
  /** Stops the service worker the way Chromium does when it goes idle; resolves once it is stopped. */
  stopServiceWorker: () => Promise<void>;
  /**
   * Opens `popup.html` in a tab as the toolbar button does, with the worker stopped just before, so
   * the popup's status request is what wakes a cold worker (as it is in real minutes, where the
   * worker sleeps between alarms). The stop lands just after a tick alarm fired, so the request
   * comes before the next one. Resolves once the status line shows what the background answered.
   */
  openPopupCold: () => Promise<Page>;
  /**
   * Puts a page of the person's own (not one of Attune's) in front. A nudge never opens while an
   * Attune page is in front (the welcome tab opened on install, options, the popup in a tab), so a
   * journey waiting for a nudge looks at something else meanwhile, as a person would.
   */
  workInFront: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  extensionDir: [E2E_BUILD, { option: true }],
  uiLanguage: ['en', { option: true }],
  display: [undefined, { option: true }],

  extensionErrors: async ({}, use) => {
    await use([]);
  },

  outsideRequests: async ({}, use) => {
    await use([]);
  },

  context: async (
    { extensionDir, headless, uiLanguage, display, timezoneId, locale, extensionErrors, outsideRequests },
    use,
  ) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless,
      // Playwright's own options, so a test can place the browser (`test.use({ timezoneId })`).
      timezoneId,
      locale,
      env: {
        ...languageEnv(uiLanguage),
        // The fonts every layout is measured with (tests/e2e/fonts.conf): DejaVu Sans for Latin
        // text, Debian's Noto fonts for the scripts it lacks.
        FONTCONFIG_FILE: path.resolve('tests/e2e/fonts.conf'),
        ...(display ? { DISPLAY: display } : {}),
      },
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
      // In front, as a page the person just opened is. The welcome tab opened on install usually
      // lands after it; a page left behind another tab gets about one frame a second headless, and
      // every click and viewport check waits on frames (seconds per action).
      await page.bringToFront();
      return page;
    });
  },

  stopServiceWorker: async ({ context }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      // The extension's worker versions by id, with their latest running status.
      const running = new Map<string, string>();
      let sent = false;
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          for (const version of versions) {
            if (version.scriptURL.startsWith('chrome-extension://'))
              running.set(version.versionId, version.runningStatus);
          }
          if (sent && [...running.values()].every((status) => status === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      sent = true;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await withTimeout(stopped, 10_000, 'the service worker did not stop');
      await cdp.detach();
    });
  },

  workInFront: async ({ context }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(WORK_PAGE);
      await page.bringToFront();
      return page;
    });
  },

  openPopupCold: async ({ context, serviceWorker, extensionId, stopServiceWorker }, use) => {
    await use(async () => {
      const tab = await context.newPage();
      tab.on('pageerror', () => {}); // reported through the context's `weberror`
      const [alarm] = await serviceWorker.evaluate(() => chrome.alarms.getAll());
      // Just after a tick (a fraction of the period), so the next alarm doesn't wake the worker first.
      if (alarm) {
        const period = (alarm.periodInMinutes ?? 1) * 60_000;
        const lag = Math.min(150, period / 8);
        let at = alarm.scheduledTime + lag;
        while (at < Date.now()) at += period;
        await tab.waitForTimeout(at - Date.now());
      }
      await stopServiceWorker();
      await tab.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(tab.locator('h1')).toBeVisible();
      await expect(tab.locator('.status')).toHaveText(/\S/);
      return tab;
    });
  },
});

/** Someone's own work: not an Attune page, and no network needed. */
export const WORK_PAGE = 'data:text/html,<title>Notes</title><h1>Notes</h1>';

/** Wakes a stopped worker: an extension page sends it a message, as a real page would. */
export async function wakeServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }).catch(() => undefined));
}

/** Minutes in the popup's status line ("1 h 12 min on your own at the screen."), or null. */
export async function minutesInStatus(popup: Page): Promise<number | null> {
  const text = (await popup.locator('.status').textContent()) ?? '';
  const m = /(?:(\d+) h)? ?(?:(\d+) min)? on your own/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export { expect };
