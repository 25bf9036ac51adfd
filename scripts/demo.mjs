// `npm run demo`: builds Attune with accelerated time (a minute lasts a second), plays a solitary
// session in Chromium until the nudge opens the popup by itself, and saves screenshots of the
// nudge and every page — light and dark, in English, Spanish and every language the store images
// show (STORE_IMAGE_LANGUAGES, once their locale files exist) — to .output/demo/, then composes the
// store images from them (scripts/store-images.mjs) into .output/demo/store-images/.
// Headed when a display exists (moving the mouse a little with xdotool, when installed, so the
// session stays active until the nudge is due, then resting: a card opens by itself only after 15 s
// without input); headless otherwise, where the browser always reports the person active, so the
// nudge only knocks (`npm test` gives the demo a display of its own with xvfb-run). With a display
// it also shoots the toolbar with Attune pinned (scripts/toolbar-shot.mjs): the empty badge below the
// threshold, the dot while the nudge waits, the pause mark after the pause answer.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, chromiumLanguage, extensionArgs, languageEnv } from './chromium.mjs';
import { makeStoreImages, STORE_PAGE_VIEWPORT, storeImageLanguages } from './store-images.mjs';
import { pinnedProfile, shootToolbar, toolbarShotsUnavailable } from './toolbar-shot.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1] : '.output/demo');
const updateDocs = !args.includes('--no-docs');

const headless = !process.env.DISPLAY;
const xdotool = !headless && spawnSync('which', ['xdotool']).status === 0;

/**
 * The person at the screen: a small mouse move every second, on a timer of its own, so a slow turn
 * of the demo's loop on a loaded machine never leaves them still long enough to look away. Returns
 * the stop (they rest, and a still moment can come).
 */
function keepActive() {
  if (!xdotool) return () => undefined;
  let jiggle = 0;
  let said = false;
  const timer = setInterval(() => {
    jiggle = 1 - jiggle;
    const run = spawnSync('xdotool', ['mousemove_relative', '--', jiggle ? '3' : '-3', '0']);
    if (run.status !== 0 && !said) {
      said = true;
      console.log(`  xdotool could not move the pointer: ${String(run.stderr).trim()}`);
    }
  }, 1000);
  return () => clearInterval(timer);
}

console.log('Building the demo (accelerated time)…');
execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'ignore' });
const extension = path.resolve('.output/chrome-mv3-demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
/** The screenshots taken, by name (a session played again takes its shots again). */
const expected = new Set();
const noToolbarShots = toolbarShotsUnavailable();
if (noToolbarShots) console.log(`No toolbar screenshots: ${noToolbarShots}.`);

const CONTACTS = [
  {
    id: 'maya',
    name: 'Maya',
    phone: '+15551234567',
    email: 'maya@example.com',
    createdAt: 1_700_000_000_000,
  },
  {
    id: 'sam',
    name: 'Sam',
    email: 'sam@example.com',
    createdAt: 1_700_000_000_001,
    lastContactedAt: Date.now() - 3 * 86_400_000,
  },
];
const SETTINGS = {
  thresholdMin: 15,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
  nudgeStyle: 'popup',
  callSites: [],
};

function history() {
  const stats = {};
  for (let i = 0; i < 84; i++) {
    const d = new Date(Date.now() - i * 86_400_000);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const weekday = d.getDay() % 6 !== 0;
    stats[key] = {
      solitaryMin: weekday ? 150 + ((i * 37) % 140) : 40 + ((i * 13) % 50),
      longestMin: weekday ? 70 + ((i * 17) % 60) : 30,
      nudges: weekday ? 1 + (i % 3) : 0,
      connections: i % 3 === 0 ? 2 : 1,
    };
  }
  return stats;
}

let port = 9400;
async function session(language) {
  port += 1;
  const profile = pinnedProfile(extension);
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1100, height: 900 },
    env: languageEnv(language),
    args: [
      `--lang=${chromiumLanguage(language)}`,
      `--remote-debugging-port=${port}`,
      ...extensionArgs(extension),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  if (id !== profile.id) console.log(`  Attune's id is ${id}, not ${profile.id}: it is not pinned`);
  await worker.evaluate(
    ({ contacts, settings, stats }) =>
      chrome.storage.local.set({ contacts, stats }).then(() => chrome.storage.sync.set({ settings })),
    { contacts: CONTACTS, settings: SETTINGS, stats: history() },
  );
  // Nothing more to tell the background: its saves read the stored stats and add to them, and a
  // fresh browser has no session of its own yet.
  const close = async () => {
    await context.close();
    rmSync(profile.dir, { recursive: true, force: true });
  };
  return { context, worker, id, close };
}

async function shoot(page, name, fullPage = true) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage });
  expected.add(`${name}.png`);
  console.log(`  ${name}.png`);
}

/** `toolbar-{name}-en.png`, once the badge says `text`, when a display allows. */
async function shootBadge(worker, page, name, text) {
  if (noToolbarShots) return;
  await shootToolbar(worker, page, path.join(out, `toolbar-${name}-en.png`), text);
  expected.add(`toolbar-${name}-en.png`);
  console.log(`  toolbar-${name}-en.png (the badge: ${JSON.stringify(text)})`);
}

/** The card after each answer, in English: what it says back, and when Attune may check in next. */
const ANSWERS = [
  ['not-now', 'Not now'],
  ['not-alone', 'I wasn’t alone'],
  ['less-often', 'Less often'],
  ['snooze', '30 min'],
  ['pause', 'Rest of today'],
];

async function shootAnswers(page, id, worker) {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 480, height: 600 });
  for (const [name, label] of ANSWERS) {
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('h1').waitFor();
    await page.getByRole('button', { name: /^Not now ▾/ }).click();
    await page.getByRole('button', { name: label, exact: true }).click();
    await page.locator('.answer').waitFor();
    await shoot(page, `answer-${name}-en`);
  }
  // The last answer paused Attune for the rest of the day. The window must be wide again: a narrow
  // one folds the pinned button into the toolbar's overflow menu.
  await page.setViewportSize({ width: 1100, height: 900 });
  await shootBadge(worker, page, 'paused', '‖');
}

// English and Spanish for the README, and every language the stores get screenshots in.
const languages = storeImageLanguages();
/**
 * A solitary session in `language` until the nudge opens by itself (headed) or knocks (headless),
 * with the camera on the moments between. `popup` is null when it did not come within 150 s, and
 * `failure` then says what the browser and Attune saw.
 */
async function playUntilNudge(language) {
  const { context, worker, id, close } = await session(language);
  const rest = keepActive();
  // Keep a browser tab in front, as a person browsing would; the nudge needs a focused window, and
  // it waits while one of Attune's own pages is in front.
  const tab = await context.newPage();
  await tab.goto('about:blank');
  const started = Date.now();
  let popup = null;
  let nudgedAfter = null;
  let waiting = false;
  let below = false;
  let failure = null;
  // About 30 s on a quiet machine (the threshold, then 15 s of stillness); `npm test` runs the demo
  // beside the end-to-end suites, where a loaded machine has needed more than a minute.
  while (!popup && Date.now() - started < 150_000) {
    await tab.waitForTimeout(500);
    // Active until the due nudge waits for a still moment; then the person rests and it opens.
    const { open, nudged, due, knocked } = await worker.evaluate(async () => {
      const log = (await chrome.storage.session.get('decisionLog')).decisionLog ?? [];
      return {
        open: (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0,
        nudged: ((await chrome.storage.local.get('tracker')).tracker?.nudgesOnDay ?? 0) > 0,
        due: log.some((d) => d.what === 'deferred' && d.detail === 'typing'),
        knocked: log.some((d) => d.what === 'knock'),
      };
    });
    if (language === 'en' && !below && !due && Date.now() - started >= 5000) {
      below = true;
      await shootBadge(worker, tab, 'below-threshold', '');
    }
    if (language === 'en' && due && !waiting) await shootBadge(worker, tab, 'waiting', '•');
    if (due && !waiting) rest();
    waiting ||= due;
    if ((nudged || knocked || open) && nudgedAfter === null)
      nudgedAfter = Math.round((Date.now() - started) / 1000);
    if (open) {
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      popup =
        cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().includes('/popup.html')) ?? null;
      if (popup) {
        await popup.locator('.reflection-text').waitFor();
        // Opened by itself, the card holds names and the draft until one deliberate click.
        await shoot(popup, `nudge-held-${language}`);
        await popup.locator('button.primary').first().click();
        await popup.locator('#draft').waitFor();
        await shoot(popup, `nudge-${language}`);
      }
      await cdp.close();
    } else if (nudged || (headless && knocked)) {
      // The nudge came but its popup closed before the camera got there, or (headless, where the
      // browser never reports a still moment) it knocked: open the card as a click on the knock does.
      await worker
        .evaluate(async () => {
          await chrome.action.setPopup({ popup: 'popup.html?nudge=1' });
          await chrome.action.openPopup();
          await chrome.action.setPopup({ popup: 'popup.html' });
        })
        .catch(() => undefined);
    }
  }
  rest();
  if (!popup) {
    const seen = await worker.evaluate(async () => ({
      idle: await chrome.idle.queryState(15),
      log: ((await chrome.storage.session.get('decisionLog')).decisionLog ?? []).slice(-8),
    }));
    failure = `the browser says the person is ${seen.idle}; last decisions ${JSON.stringify(seen.log)}`;
  }
  return { context, worker, id, close, popup, nudgedAfter, failure };
}

for (const language of languages) {
  console.log(`Playing a solitary session (${language})…`);
  let played = await playUntilNudge(language);
  if (!played.popup) {
    // A loaded machine has kept the nudge away before (the browser's idle reading runs late): once
    // more with a fresh browser, saying why, before the demo gives up.
    console.log(`  no nudge within 150 s (${played.failure}); once more with a fresh browser`);
    await played.close();
    played = await playUntilNudge(language);
  }
  const { context, worker, id, close, popup, nudgedAfter, failure } = played;
  if (!popup) throw new Error(`The nudge did not appear within 150 s: ${failure}`);
  console.log(
    headless
      ? `  the nudge knocked after ${nudgedAfter ?? '?'} s (headless: no still moment), opened as a click would`
      : `  the nudge opened by itself after ${nudgedAfter ?? '?'} s`,
  );

  const page = await context.newPage();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [file, width] of [
      ['popup', 480],
      ['options', 1000],
      ['welcome', 1000],
      ['insights', 1000],
    ]) {
      await page.setViewportSize({ width, height: file === 'popup' ? 600 : 900 });
      await page.goto(`chrome-extension://${id}/${file}.html`);
      await page.locator('h1').waitFor();
      await shoot(page, `${file}-${language}-${scheme}`, file !== 'options');
    }
  }
  if (language === 'en') await shootAnswers(page, id, worker);
  // The pages the store screenshots show, at exactly the size of the drawn browser window's content.
  mkdirSync(path.join(out, 'store-raw'), { recursive: true });
  await page.setViewportSize(STORE_PAGE_VIEWPORT);
  for (const [file, scheme] of [
    ['welcome', 'light'],
    ['options', 'light'],
    ['insights', 'light'],
    ['insights', 'dark'],
  ]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${id}/${file}.html`);
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'store-raw', `${file}-${language}-${scheme}.png`) });
  }
  await close();
}

const missing = [...expected].filter((file) => !existsSync(path.join(out, file)));
const want =
  10 * languages.length + (languages.includes('en') ? ANSWERS.length + (noToolbarShots ? 0 : 3) : 0);
if (expected.size !== want || missing.length > 0) {
  console.error(
    `Expected ${want} screenshots; got ${expected.size}, missing: ${missing.join(', ') || 'none'}`,
  );
  process.exit(1);
}

console.log('Composing the store images…');
const composer = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu'],
});
const storeImages = await makeStoreImages({
  browser: composer,
  shots: out,
  out: path.join(out, 'store-images'),
  languages,
});
await composer.close();
console.log(`  ${storeImages.length} store images, each at its exact size`);

if (updateDocs) {
  mkdirSync('docs', { recursive: true });
  for (const name of [
    'nudge-en',
    'popup-en-light',
    'popup-es-dark',
    'options-en-light',
    'insights-en-dark',
    'welcome-en-light',
  ]) {
    copyFileSync(path.join(out, `${name}.png`), path.join('docs', `${name}.png`));
  }
  // Without a display there are none: the ones in docs/ stay as they were.
  if (!noToolbarShots) {
    for (const moment of ['below-threshold', 'waiting', 'paused']) {
      copyFileSync(path.join(out, `toolbar-${moment}-en.png`), path.join('docs', `toolbar-${moment}-en.png`));
    }
  }
  cpSync(path.join(out, 'store-images'), 'store/images', { recursive: true });
  console.log(
    'Updated the screenshots in docs/ that the README shows, and the store images in store/images/.',
  );
}
console.log(`Screenshots are in ${path.relative(process.cwd(), out)}/`);
