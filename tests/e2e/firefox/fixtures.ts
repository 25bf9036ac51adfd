/**
 * Firefox end-to-end fixtures: Playwright's runner drives firefox-esr through puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox, and geckodriver is not needed).
 *
 * One browser per worker; every test gets a fresh temporary install of the extension (storage,
 * alarms and background state start empty, and the welcome tab opens as on a real install), always
 * under the same `moz-extension://<EXTENSION_UUID>/` origin.
 *
 * Firefox sends BiDi no events for extension contexts, so: pages are navigated with raw
 * `browsingContext.navigate` (Puppeteer's `page.goto` never resolves), and errors and requests are
 * collected in the privileged browser scope (allowed by `--remote-allow-system-access`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { startDisplay } from '../../realtime/display';

/** The accelerated-time build made by `npm run build:e2e` (one configured minute = 1 s). */
export const E2E_BUILD = path.resolve('.output/firefox-mv2-e2e');
/** The release build: real minutes. */
export const RELEASE_BUILD = path.resolve('.output/firefox-mv2');
/** Fixed through the `extensions.webextensions.uuids` pref, so every install has the same origin. */
export const EXTENSION_UUID = '0a77e0e2-5c1d-4e2b-9a3f-6d8c7b1e2f40';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Upper bound for any single BiDi command; nothing here should take more than a second or two. */
const PROTOCOL_TIMEOUT_MS = 15_000;
const STEP_TIMEOUT_MS = 10_000;
/** Time for late errors (forwarded from the extension process) to reach the parent's console. */
const ERROR_SETTLE_MS = 200;
/** Well inside the idle service's 15 s detection interval. */
const KEEP_ACTIVE_EVERY_MS = 2_000;

/**
 * Prefs that silence Firefox's own background traffic (on top of Puppeteer's and the remote agent's
 * defaults), so the request detector sees a quiet browser and the machine needs no network.
 */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'services.settings.server': 'data:,#remote-settings-disabled/v1',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.search.geoip.url': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.system.topsites': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.discovery.enabled': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.ping-centre.telemetry': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.trr.mode': 5,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'media.gmp-manager.url': '',
  'media.gmp-gmpopenh264.autoupdate': false,
  'dom.push.connection.enabled': false,
  'dom.push.serverURL': '',
  'identity.fxaccounts.enabled': false,
  'signon.management.page.breach-alerts.enabled': false,
  'signon.firefoxRelay.feature': 'disabled',
  'geo.provider.network.url': '',
  'security.OCSP.enabled': 0,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
};

/** A function run in an extension page with the WebExtension API (`browser`) as first argument. */
export type ExtensionFn<A extends unknown[], R> = (api: WebExtensionApi, ...args: A) => R | Promise<R>;

/** A request to something outside the extension, made by one of its contexts. */
export interface OutsideRequest {
  url: string;
  /** nsIContentPolicy type: 6 is a top-level document load (a navigation), 11 fetch/XHR, 3 image… */
  contentPolicyType: number;
}

/** The worker's browser with its privileged ("chrome") scope. */
export interface FirefoxHarness {
  browser: Browser;
  /** Runs `body` (an async function body) in the browser's privileged scope; returns its JSON result. */
  privileged: <T>(body: string) => Promise<T>;
  /** Sends a raw WebDriver BiDi command; resolves with its `result`. */
  bidi: <T = unknown>(method: string, params: object) => Promise<T>;
  /** The tab that stays open between tests (Firefox quits when its last tab closes). */
  keeperContext: string;
  /** The X display of a headed Firefox on a display of its own (`ownDisplay`), for xdotool. */
  display?: string;
}

interface InstalledExtension {
  id: string;
  /** Privileged-scope clock (ms) when this install started: errors before it belong to others. */
  since: number;
}

interface WorkerFixtures {
  /**
   * The worker's Firefox: `firefox.browser` is the puppeteer-core Browser. (A fixture can't be called
   * `browser`: Playwright's own worker fixture of that name backs `page` and `context`.)
   */
  firefox: FirefoxHarness;
  /** Extra prefs for this worker's Firefox profile, e.g. a short background idle timeout. */
  firefoxPrefs: Record<string, string | number | boolean>;
  /**
   * Headed on an Xvfb display of its own: real X input (xdotool typing) and the idle service's
   * view of it, without touching the display Chromium's headed specs watch. Needs Xvfb.
   */
  ownDisplay: boolean;
}

interface Fixtures {
  /** Which build to install; tests can `test.use({ extensionDir: RELEASE_BUILD })`. */
  extensionDir: string;
  /** Errors matching one of these don't fail the test (for tests that provoke errors on purpose). */
  allowedExtensionErrors: RegExp[];
  /** Installs the build for this test and, after it, fails it on any extension error. Automatic. */
  extension: InstalledExtension;
  /** `moz-extension://<uuid>/<file>`. */
  extensionUrl: (file: string) => string;
  /** Opens an extension page (e.g. `options.html`) in a new tab and waits until its `h1` rendered. */
  openPage: (file: string) => Promise<Page>;
  /** Reloads a page opened by `openPage` and waits until its `h1` rendered again. */
  reloadPage: (page: Page) => Promise<void>;
  /** Runs `fn(browser, ...args)` in an extension page: storage, alarms, runtime, browserAction… */
  evalInExtension: <A extends unknown[], R>(page: Page, fn: ExtensionFn<A, R>, ...args: A) => Promise<R>;
  /** URLs of the extension's top-level tabs, e.g. to count welcome tabs. */
  extensionTabs: () => Promise<string[]>;
  /**
   * Errors of every extension context so far in this test: uncaught exceptions, unhandled rejections,
   * errors Firefox reports for the extension's API calls, and `console.error` calls.
   */
  extensionErrors: () => Promise<string[]>;
  /** Requests (http, https, ws) any extension context made so far in this test. */
  outsideRequests: () => Promise<OutsideRequest[]>;
  /** Unloads the background page, as Firefox does when an event page goes idle (wake it with a message). */
  terminateBackground: () => Promise<void>;
  /** Firefox's state of the background page: `running` when loaded, `stopped` once unloaded. */
  backgroundState: () => Promise<string>;
  /**
   * Shows `popup.html` in the extension tab `tab` with the background page unloaded just before, so
   * the popup's status request is what wakes it (as in real minutes, where Firefox unloads the idle
   * event page). The tab is navigated rather than a new one opened: a new tab (like the toolbar
   * popup) makes Firefox report a focus change, which would wake the background first. The unload
   * lands just after a tick alarm, so the next one doesn't wake it first either. Resolves once the
   * status line shows the background's answer.
   */
  openPopupCold: (tab: Page) => Promise<Page>;
  /**
   * Puts a page of the person's own (not one of Attune's) in front. A nudge never opens while an
   * Attune page is in front (the welcome tab opened on install, options, the popup in a tab), so a
   * journey waiting for a nudge looks at something else meanwhile, as a person would.
   */
  workInFront: () => Promise<Page>;
  /**
   * Makes the idle service count the person as active again. Synthetic input doesn't: `idle` turns
   * `idle` after the detection interval (15 s at least) even headless, and only this brings it back.
   */
  resetIdle: () => Promise<void>;
  /**
   * Keeps the person active for the whole test, as someone using the browser would be: resets the
   * idle service every couple of seconds so `idle` never turns `idle` mid-journey. Opt-in: ask for it.
   */
  keepActive: undefined;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  firefoxPrefs: [{}, { scope: 'worker', option: true }],
  ownDisplay: [false, { scope: 'worker', option: true }],

  firefox: [
    async ({ headless, firefoxPrefs, ownDisplay }, use) => {
      const display = ownDisplay ? await startDisplay() : null;
      const browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: FIREFOX_PATH,
        headless: display ? false : headless,
        args: ['--remote-allow-system-access'],
        protocolTimeout: PROTOCOL_TIMEOUT_MS,
        // Release builds honour `services.settings.server` only with this variable set.
        env: {
          ...process.env,
          MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
          ...(display ? { DISPLAY: display.name } : {}),
        },
        timeout: 30_000,
        extraPrefsFirefox: {
          ...QUIET_PREFS,
          'extensions.webextensions.uuids': JSON.stringify({}),
          ...firefoxPrefs,
        },
      });
      try {
        const harness = await startHarness(browser);
        await use({ ...harness, display: display?.name });
      } finally {
        await closeBrowser(browser);
        await display?.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  extensionDir: [E2E_BUILD, { option: true }],
  allowedExtensionErrors: [[], { option: true }],

  extension: [
    async ({ firefox, extensionDir, allowedExtensionErrors }, use) => {
      const installed = await install(firefox, extensionDir);
      let errors: string[] = [];
      try {
        await use(installed);
        await sleep(ERROR_SETTLE_MS);
        errors = await collectErrors(firefox, installed);
      } finally {
        await uninstall(firefox, installed);
      }
      const unexpected = errors.filter((error) => !allowedExtensionErrors.some((re) => re.test(error)));
      expect(unexpected, 'errors in extension contexts (background or pages)').toEqual([]);
    },
    { auto: true, timeout: 30_000 },
  ],

  extensionUrl: async ({}, use) => {
    await use((file) => `${EXTENSION_ORIGIN}/${file.replace(/^\//, '')}`);
  },

  openPage: async ({ firefox, extensionUrl, extension: _ }, use) => {
    await use(async (file) => {
      const url = extensionUrl(file);
      const page = await step(`open a tab for ${file}`, firefox.browser.newPage());
      await step(
        `navigate to ${url}`,
        firefox.bidi('browsingContext.navigate', { context: contextId(page), url, wait: 'complete' }),
      );
      await waitForPage(page, url);
      return page;
    });
  },

  reloadPage: async ({ firefox }, use) => {
    await use(async (page) => {
      const url = await page.evaluate(() => location.href);
      await step(
        `reload ${url}`,
        firefox.bidi('browsingContext.reload', { context: contextId(page), wait: 'complete' }),
      );
      await waitForPage(page, url);
    });
  },

  evalInExtension: async ({}, use) => {
    await use(async (page, fn, ...args) => {
      // A string is evaluated by BiDi itself, so the extension pages' CSP (no eval) doesn't apply.
      const expression = `(${fn.toString()})(globalThis.browser, ...${JSON.stringify(args)})`;
      return (await step('evaluate in the extension', page.evaluate(expression))) as Awaited<
        ReturnType<typeof fn>
      >;
    });
  },

  extensionTabs: async ({ firefox, extension: _ }, use) => {
    await use(async () => {
      const tree = await firefox.bidi<{ contexts: { url: string }[] }>('browsingContext.getTree', {
        maxDepth: 0,
      });
      return tree.contexts.map((c) => c.url).filter((url) => url.startsWith(`${EXTENSION_ORIGIN}/`));
    });
  },

  extensionErrors: async ({ firefox, extension, allowedExtensionErrors }, use) => {
    await use(async () =>
      (await collectErrors(firefox, extension)).filter(
        (error) => !allowedExtensionErrors.some((re) => re.test(error)),
      ),
    );
  },

  outsideRequests: async ({ firefox, extension }, use) => {
    await use(() =>
      firefox.privileged<OutsideRequest[]>(
        `return window.__attuneE2E.requests.filter((r) => r.at >= ${extension.since})
           .map(({ url, contentPolicyType }) => ({ url, contentPolicyType }));`,
      ),
    );
  },

  terminateBackground: async ({ firefox, extension }, use) => {
    await use(async () => {
      const state = await firefox.privileged<string>(`
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(extension.id)}).extension;
        await extension.terminateBackground();
        return String(extension.backgroundState);`);
      if (state !== 'stopped') throw new Error(`the background page is ${state} after terminating it`);
    });
  },

  backgroundState: async ({ firefox, extension }, use) => {
    await use(() =>
      firefox.privileged<string>(
        `return String(WebExtensionPolicy.getByID(${JSON.stringify(extension.id)}).extension.backgroundState);`,
      ),
    );
  },

  workInFront: async ({ firefox, extension: _ }, use) => {
    await use(async () => {
      const page = await step('open a tab', firefox.browser.newPage());
      await step(
        'navigate to the work page',
        firefox.bidi('browsingContext.navigate', {
          context: contextId(page),
          url: WORK_PAGE,
          wait: 'complete',
        }),
      );
      await firefox.bidi('browsingContext.activate', { context: contextId(page) });
      return page;
    });
  },

  openPopupCold: async ({ firefox, extensionUrl, terminateBackground, evalInExtension }, use) => {
    await use(async (tab) => {
      const [alarm] = await evalInExtension(tab, (api) => api.alarms.getAll());
      if (alarm) {
        const period = (alarm.periodInMinutes ?? 1) * 60_000;
        const lag = Math.min(150, period / 8);
        let at = alarm.scheduledTime + lag;
        while (at < Date.now()) at += period;
        await sleep(at - Date.now());
      }
      await terminateBackground();
      const url = extensionUrl('popup.html');
      await step(
        `navigate to ${url}`,
        firefox.bidi('browsingContext.navigate', { context: contextId(tab), url, wait: 'complete' }),
      );
      await waitForPage(tab, url);
      await tab.waitForFunction(() => /\S/.test(document.querySelector('.status')?.textContent ?? ''), {
        timeout: STEP_TIMEOUT_MS,
      });
      return tab;
    });
  },

  resetIdle: async ({ firefox }, use) => {
    await use(async () => {
      await firefox.privileged(
        `Cc['@mozilla.org/widget/useridleservice;1'].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0);`,
      );
    });
  },

  keepActive: async ({ resetIdle }, use) => {
    await resetIdle();
    const timer = setInterval(() => void resetIdle().catch(() => undefined), KEEP_ACTIVE_EVERY_MS);
    try {
      await use(undefined);
    } finally {
      clearInterval(timer);
    }
  },
});

export { expect };

/** Someone's own work: not an Attune page, and no network needed. */
export const WORK_PAGE = 'data:text/html,<title>Notes</title><h1>Notes</h1>';

// ---------------------------------------------------------------------------------------------------
// Page helpers (Puppeteer pages; Playwright's locators and web-first assertions don't apply to them).

/** The BiDi browsing-context id of a Puppeteer page (an internal but stable field). */
export function contextId(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** The form control labelled `label` (by `<label for>`), like Playwright's `getByLabel`. */
export async function getByLabel(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === text),
    { timeout: STEP_TIMEOUT_MS },
    label,
  );
  const handle = await page.evaluateHandle((text) => {
    const found = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    const control = found?.control;
    if (!control) throw new Error(`no control for the label "${text}"`);
    return control as HTMLInputElement;
  }, label);
  return handle as ElementHandle<HTMLInputElement>;
}

/** Replaces the field's text by typing, as a person would (select all, then type). */
export async function fill(field: ElementHandle<HTMLInputElement>, text: string): Promise<void> {
  await field.focus();
  await field.click({ count: 3 });
  const page = field.frame.page();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  if (text === '') await page.keyboard.press('Backspace');
  else await field.type(text);
}

/** `textContent` of every element matching `selector`, trimmed (empty list when there is none). */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
}

/** The page-level footer (ARIA `contentinfo`): a `footer` outside main, article, aside, nav and section. */
export const CONTENTINFO =
  'footer:not(main footer, article footer, aside footer, nav footer, section footer)';

/** Minutes in the popup's status line ("1 h 12 min on your own at the screen."), or null. */
export async function minutesInStatus(popup: Page): Promise<number | null> {
  return minutesIn(await popup.$eval('.status', (el) => el.textContent ?? '').catch(() => ''));
}

/** Minutes in a status text like "1 h 12 min on your own at the screen.", or null. */
export function minutesIn(text: string): number | null {
  const m = /(?:(\d+) h)? ?(?:(\d+) min)? on your own/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** Wakes the background page the way a page would: with a message (whatever the answer). */
export async function wakeBackground(page: Page): Promise<void> {
  await page.evaluate(() =>
    (globalThis as unknown as { browser: WebExtensionApi }).browser.runtime
      .sendMessage({ type: 'ping' })
      .catch(() => undefined),
  );
}

/** One attribute of the first element matching `selector`, or null. */
export function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, n) => el.getAttribute(n), name).catch(() => null);
}

// ---------------------------------------------------------------------------------------------------
// Internals.

interface BidiConnection {
  send(method: string, params: object, timeout?: number): Promise<{ result: unknown }>;
}

/** Reports from the extension process: `console.error` calls of any context of the add-on. */
const CHILD_SCRIPT = `
if (Services.appinfo.processType !== Services.appinfo.PROCESS_TYPE_DEFAULT) {
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  const show = (a) => {
    try {
      if (typeof a === 'string') return a;
      if (a && typeof a === 'object' && 'message' in a) return String(a.name) + ': ' + String(a.message);
      return JSON.stringify(a) ?? String(a);
    } catch { return String(a); }
  };
  storage.addLogEventListener((message) => {
    const event = message.wrappedJSObject ?? message;
    if (event.level !== 'error' || !event.addonId) return;
    sendAsyncMessage('attune-e2e:console-error', {
      addonId: event.addonId,
      at: Date.now(),
      text: Array.from(event.arguments ?? [], show).join(' '),
      source: String(event.filename ?? ''),
    });
  }, Services.scriptSecurityManager.getSystemPrincipal());
}`;

/** Runs once per browser in the privileged scope: starts the request and console recorders. */
const PARENT_SCRIPT = `
if (window.__attuneE2E) return;
const state = (window.__attuneE2E = { requests: [], consoleErrors: [], addonId: '' });
Services.obs.addObserver({
  observe(subject) {
    try {
      const channel = subject.QueryInterface(Ci.nsIHttpChannel);
      const info = channel.loadInfo;
      const principals = [info?.triggeringPrincipal, info?.loadingPrincipal].filter(Boolean);
      const ours = principals.some(
        (p) => (state.addonId && p.addonId === state.addonId) || p.origin === ${JSON.stringify(EXTENSION_ORIGIN)},
      );
      if (ours) {
        state.requests.push({ url: channel.URI.spec, contentPolicyType: info.externalContentPolicyType, at: Date.now() });
      }
    } catch {}
  },
}, 'http-on-modify-request');
Services.ppmm.addMessageListener('attune-e2e:console-error', ({ data }) => {
  if (data.addonId === state.addonId) state.consoleErrors.push(data);
});
// Also tries to run in this (parent) process, which refuses data: scripts with one logged error.
Services.ppmm.loadProcessScript('data:,' + encodeURIComponent(${JSON.stringify(CHILD_SCRIPT)}), true);
`;

async function startHarness(browser: Browser): Promise<FirefoxHarness> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const bidi = async <T>(method: string, params: object): Promise<T> =>
    (await step(`BiDi ${method}`, connection.send(method, params, PROTOCOL_TIMEOUT_MS))).result as T;

  const chromeTree = await bidi<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const chromeContext = chromeTree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeContext) throw new Error('no privileged browser window: is --remote-allow-system-access set?');

  const privileged = async <T>(body: string): Promise<T> => {
    const reply = await bidi<
      | { type: 'success'; result: { type: string; value?: string } }
      | { type: 'exception'; exceptionDetails: { text: string } }
    >('script.evaluate', {
      expression: `(async () => JSON.stringify((await (async () => {\n${body}\n})()) ?? null))()`,
      target: { context: chromeContext.context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (reply.type === 'exception')
      throw new Error(`privileged script failed: ${reply.exceptionDetails.text}`);
    return JSON.parse(reply.result.value ?? 'null') as T;
  };

  await privileged(PARENT_SCRIPT);
  const tabs = await bidi<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
  const keeper = tabs.contexts[0];
  if (!keeper) throw new Error('Firefox started without a tab');
  return { browser, privileged, bidi, keeperContext: keeper.context };
}

async function install(firefox: FirefoxHarness, dir: string): Promise<InstalledExtension> {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${dir} has no manifest.json: run \`npm run build:e2e\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  // Uninstalling forgets the add-on's uuid, so pin it again before every install.
  const since = await firefox.privileged<number>(`
    const uuids = JSON.parse(Services.prefs.getStringPref('extensions.webextensions.uuids', '{}'));
    uuids[${JSON.stringify(id)}] = ${JSON.stringify(EXTENSION_UUID)};
    Services.prefs.setStringPref('extensions.webextensions.uuids', JSON.stringify(uuids));
    window.__attuneE2E.addonId = ${JSON.stringify(id)};
    return Date.now();`);
  const installedId = await step(`install ${dir}`, firefox.browser.installExtension(dir));
  const host = await firefox.privileged<string | null>(
    `return WebExtensionPolicy.getByID(${JSON.stringify(installedId)})?.mozExtensionHostname ?? null;`,
  );
  if (host !== EXTENSION_UUID) throw new Error(`the add-on got the origin ${host}, not ${EXTENSION_UUID}`);
  return { id: installedId, since };
}

async function uninstall(firefox: FirefoxHarness, extension: InstalledExtension): Promise<void> {
  // Close every tab but the keeper first: uninstalling doesn't close all extension tabs.
  const tree = await firefox.bidi<{ contexts: { context: string }[] }>('browsingContext.getTree', {
    maxDepth: 0,
  });
  if (!tree.contexts.some((c) => c.context === firefox.keeperContext)) {
    // A test closed the keeper: keep another tab (its page is left as it is).
    firefox.keeperContext = tree.contexts[0]?.context ?? firefox.keeperContext;
  }
  for (const { context } of tree.contexts) {
    if (context !== firefox.keeperContext) {
      await firefox.bidi('browsingContext.close', { context, promptUnload: false }).catch(() => undefined);
    }
  }
  await step('uninstall the extension', firefox.browser.uninstallExtension(extension.id));
}

async function collectErrors(firefox: FirefoxHarness, extension: InstalledExtension): Promise<string[]> {
  return firefox.privileged<string[]>(`
    const prefix = ${JSON.stringify(`${EXTENSION_ORIGIN}/`)};
    const addonId = ${JSON.stringify(extension.id)};
    const since = ${extension.since};
    const fromExtension = (m) => {
      if (m.sourceName?.startsWith(prefix)) return true;
      if (!m.sourceName && m.errorMessage?.includes(prefix)) return true;
      try {
        return WindowGlobalParent.getByInnerWindowId(m.innerWindowID)?.documentPrincipal?.addonId === addonId;
      } catch { return false; }
    };
    const isError = (m) => !(m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag));
    const uncaught = Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && m.timeStamp >= since && isError(m) && fromExtension(m))
      .map((m) => 'error: ' + m.errorMessage + ' (' + (m.sourceName || '?') + ':' + m.lineNumber + ')');
    const logged = window.__attuneE2E.consoleErrors
      .filter((e) => e.at >= since && e.addonId === addonId)
      .map((e) => 'console.error: ' + e.text + ' (' + e.source + ')');
    return [...uncaught, ...logged];`);
}

/** Waits until the tab shows `url` (BiDi's navigate may return before the page is live) and its h1. */
async function waitForPage(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) break;
    if (Date.now() > deadline) throw new Error(`the tab shows ${href || 'nothing'}, not ${url}`);
    await sleep(50);
  }
  await page.waitForSelector('h1', { timeout: STEP_TIMEOUT_MS });
}

async function closeBrowser(browser: Browser): Promise<void> {
  try {
    await step('close Firefox', browser.close(), 10_000);
  } catch {
    browser.process()?.kill('SIGKILL');
  }
}

/** Fails with a clear message instead of hanging when a browser call doesn't answer. */
function step<T>(what: string, promise: Promise<T>, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
