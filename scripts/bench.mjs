// `npm run bench`: sizes, paint, storage writes and worker starts against Attune's budgets (issue 14,
// restated in issue 21: ceilings that hold the line, not aims). Prints each budget with PASS/FAIL and
// exits non-zero when one is missed. Not part of `npm test`: timings shift on a busy machine and the
// worker-starts figure needs real minutes.
//
// Environment: BENCH_RUNS (paint samples, 60; fewer is quicker but leaves the rendered budget
// unmeasured), BENCH_WORKER_MIN (real minutes of browsing for the worker-starts figure, 3; 0 skips it
// and counts as a failure to measure).
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { countWorkerStarts } from './bench-worker.mjs';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';
import { popupOpenings } from './popup-weight.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
/** The rendered budget is a median of at least this many openings of each page. */
const MIN_RUNS = 60;
/** Text only webextension-polyfill carries: it stays (Chrome before 148 needs it; a no-op after). */
const POLYFILL_MARK = 'This script should only be loaded in a browser extension.';
/** Text only the Public Suffix List code (tldts) carries: it belongs to the options page alone. */
const SUFFIX_LIST_MARK = 'allowPrivateDomains';
const WORKER_MIN = Number(process.env.BENCH_WORKER_MIN ?? 3);
const results = [];
const budget = (name, value, limit, unit) => {
  results.push({ name, value, limit, unit, pass: value <= limit });
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

console.log('Building the release extension…');
execSync('npx wxt zip', { stdio: 'ignore' });
const dir = path.resolve('.output/chrome-mv3');

/** Gzip size of a page's HTML plus every script and stylesheet it loads (transitively for JS). */
function pageWeight(html) {
  const files = new Set();
  const source = readFileSync(path.join(dir, html), 'utf8');
  for (const m of source.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) files.add(m[1]);
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const js = readFileSync(path.join(dir, file), 'utf8');
    // Static imports only: dynamic `import()` chunks (the QR code) load when asked, not on open.
    for (const m of js.matchAll(/(?:^|[;\n])\s*import\s*[^()'"]*?from\s*["']\.{0,2}\/?([^"']+)["']/g)) {
      const dep = path.normalize(path.join(path.dirname(file), m[1]));
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  let bytes = gzipSync(source).length;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(dir, file))).length;
  return { bytes, files: [...files] };
}

const options = pageWeight('options.html');
const background = gzipSync(readFileSync(path.join(dir, 'background.js'))).length;
const zip = readdirSync('.output').find((f) => f.endsWith('-chrome.zip'));
budget('background JS (gzip)', kb(background), 12.5, 'KB');
// Issue 22 asked for 200 KB and ended blocked on it: 14 languages' messages (each messages.json
// deflates to 13–17 KB, about 213 KB together), the Public Suffix List (about 49 KB, options only),
// the phone metadata (29 KB) and the popup's own copy of the shared code (11 KB) cannot fit it.
// 400 KB is the ceiling those figures defend (README, Budgets): it holds the line against more.
budget('Chrome store zip', kb(statSync(path.join('.output', zip)).size), 400, 'KB');
console.log(`options page JS+CSS (gzip, static imports): ${kb(options.bytes)} KB (no budget)`);

// Paint: the popup against a blank page of the same extension, in one Chromium run. The blank page
// is added to a copy of the build, so the product itself ships nothing for the bench.
const benchDir = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
cpSync(dir, benchDir, { recursive: true });
writeFileSync(path.join(benchDir, 'blank.html'), '<!doctype html><title>blank</title><p>blank</p>');
// The floor under the rendered ratio: a page that makes only the popup's first reads
// (platform/pages/popup-first-read.ts: the same areas, keys and message) and then shows the two
// elements the popup is timed by, with no framework, no styles and nothing else to load.
writeFileSync(
  path.join(benchDir, 'reads.html'),
  '<!doctype html><title>reads</title><script type="module" src="/reads.js"></script><p>reads</p>',
);
writeFileSync(
  path.join(benchDir, 'reads.js'),
  `await Promise.all([
    chrome.storage.local.get(['contacts', 'templates', 'rotation', 'pendingAsk']),
    chrome.runtime.sendMessage({ type: 'status' }),
    chrome.runtime.getPlatformInfo(),
    chrome.storage.session.get('saveError'),
    chrome.storage.sync.get('settings'),
  ]);
  document.body.insertAdjacentHTML('beforeend', '<p class="reflection-text">r</p><h2 id="reach-title">p</h2>');`,
);
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: extensionArgs(benchDir),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = await context.newPage();

const openings = await popupOpenings({ page, worker, dir: benchDir });
for (const [name, load] of Object.entries(openings)) {
  console.log(`popup on opening, ${name}: ${kb(load.bytes)} KB gzip (${load.files.join(', ')})`);
}
budget(
  'popup JS+CSS (gzip), all it loads on opening (heaviest opening)',
  kb(Math.max(...Object.values(openings).map((o) => o.bytes))),
  26,
  'KB',
);

/** Whether `mark` is in the background or in anything an opening of the popup loaded. */
const shipped = (mark) => ({
  background: readFileSync(path.join(dir, 'background.js'), 'utf8').includes(mark),
  popup: [...new Set(Object.values(openings).flatMap((o) => o.files))].some((f) =>
    readFileSync(path.join(dir, f), 'utf8').includes(mark),
  ),
});
const polyfill = shipped(POLYFILL_MARK);
results.push({
  name: 'webextension-polyfill stays, in the background and the popup',
  value: polyfill.background && polyfill.popup ? 'yes' : 'no',
  limit: 'yes',
  unit: '',
  pass: polyfill.background && polyfill.popup,
});
const suffixList = shipped(SUFFIX_LIST_MARK);
results.push({
  name: 'Public Suffix List (tldts) in the background or the popup',
  value: suffixList.background || suffixList.popup ? 'yes' : 'no',
  limit: 'no',
  unit: '',
  pass: !suffixList.background && !suffixList.popup,
});

await page.addInitScript(() => {
  // Marks when the reflection and the reach-out prompt are both on screen.
  const observer = new MutationObserver(() => {
    if (document.querySelector('.reflection-text') && document.querySelector('#reach-title')) {
      window.__rendered = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
});
async function measure(file) {
  await page.goto(`chrome-extension://${id}/${file}`);
  await page.waitForFunction(
    (f) =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      (f === 'blank.html' || window.__rendered !== undefined),
    file,
  );
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    rendered: window.__rendered ?? null,
  }));
}
for (let i = 0; i < 3; i++) {
  await measure('blank.html');
  await measure('popup.html');
  await measure('reads.html');
}
const blank = [];
const popupPaint = [];
const popupRendered = [];
const readsRendered = [];
for (let i = 0; i < RUNS; i++) {
  blank.push((await measure('blank.html')).fcp);
  const p = await measure('popup.html');
  popupPaint.push(p.fcp);
  popupRendered.push(p.rendered);
  readsRendered.push((await measure('reads.html')).rendered);
}
const blankMs = median(blank);
const floorMs = median(readsRendered);
const fcpRatio = median(popupPaint) / blankMs;
const renderedRatio = median(popupRendered) / floorMs;
console.log(
  `paint (median of ${RUNS}, the three pages interleaved): blank ${blankMs.toFixed(1)} ms, ` +
    `popup FCP ${median(popupPaint).toFixed(1)} ms, reflection + prompt rendered ${median(popupRendered).toFixed(1)} ms ` +
    `= ${(median(popupRendered) / blankMs).toFixed(2)}× blank`,
);
console.log(
  `floor: a page that only makes the popup's reads, rendered ${floorMs.toFixed(1)} ms = ` +
    `${(floorMs / blankMs).toFixed(2)}× blank (what no popup can beat on this machine)`,
);
budget('popup FCP / blank page FCP', Math.round(fcpRatio * 100) / 100, 1.3, '×');
if (RUNS >= MIN_RUNS) {
  budget(
    `reflection + prompt rendered / the floor page rendered (median of ${RUNS})`,
    Math.round(renderedRatio * 100) / 100,
    1.15,
    '×',
  );
} else {
  results.push({
    name: `reflection + prompt rendered / the floor page (not measured: BENCH_RUNS=${RUNS} < ${MIN_RUNS})`,
    value: (Math.round(renderedRatio * 100) / 100).toString(),
    limit: 1.15,
    unit: '×',
    pass: false,
  });
}

// Service-worker cold start: stop it, then time an extension page's message until it's answered.
const cdp = await context.newCDPSession(page);
await cdp.send('ServiceWorker.enable');
const cold = [];
for (let i = 0; i < 10; i++) {
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(200);
  cold.push(
    await page.evaluate(async () => {
      const t = performance.now();
      await chrome.runtime.sendMessage({ type: 'ping' });
      return performance.now() - t;
    }),
  );
}
console.log(`service worker cold start to first event handled: median of 10 = ${median(cold).toFixed(1)} ms`);
await context.close();

// A simulated 8-hour day through the real engine (see tests/sim/day.ts).
execFileSync('npx', ['vitest', 'run', 'tests/unit/platform/worker/day-budget.test.ts'], { stdio: 'ignore' });
const day = JSON.parse(readFileSync('reports/day-sim.json', 'utf8'));
console.log(
  `simulated day: ${day.activeMinutes} active min, ${day.awayMinutes} away min, ${day.totalWrites} storage writes, ${day.sessions} sessions`,
);
budget(
  'storage.local/sync writes per active hour, steady browsing',
  Math.round(day.steadyWritesPerHour * 100) / 100,
  12,
  '',
);
// A 5-minute heartbeat while a stretch grows, so a quit loses at most 5 minutes (issue 21).
budget('storage writes per active hour (whole day)', Math.round(day.writesPerActiveHour * 100) / 100, 12, '');
budget('alarm wake-ups while idle, locked or asleep', day.wakeUpsWhileAway, 0, '');

// Worker starts in real minutes with the release build (scripts/bench-worker.mjs). A page load
// every 45 s is longer than the worker's 30 s idle timeout, so any start a load causes shows; 45 s
// loads against the 60 s tick alarm repeat their relative timing every 180 s, so three minutes
// cover every phase between the two once.
if (WORKER_MIN > 0) {
  console.log(`Counting worker starts over ${WORKER_MIN} real minutes, a page load every 45 s…`);
  const starts = await countWorkerStarts({ dir, minutes: WORKER_MIN, loadEverySec: 45, log: console.log });
  budget('worker starts per active hour, a page load every 45 s', Math.round(starts.perHour), 61, '');
} else {
  results.push({
    name: 'worker starts per active hour (skipped: BENCH_WORKER_MIN=0)',
    value: '–',
    limit: 61,
    unit: '',
    pass: false,
  });
}

console.log('\nLabelled days (issue 12): true vs measured solitary minutes, nudges expected vs opened');
budget(
  'labelled days off the accuracy budget (scripts/bench-days.mjs)',
  (await import('./bench-days.mjs')).failedDays,
  0,
  '',
);

console.log('\nBudgets:');
for (const r of results) {
  console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value}${r.unit} (budget ≤ ${r.limit}${r.unit})`);
}
const failed = results.filter((r) => !r.pass).length;
console.log(failed ? `\n${failed} budget(s) missed.` : '\nAll budgets met.');
process.exitCode = failed ? 1 : 0;
