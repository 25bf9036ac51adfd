// `npm run bench`: sizes, paint and wake-up figures against Attune's budgets. Not part of CI's
// pass/fail: a noisy machine shifts timings, so these are measured and printed, not asserted.
import { execFileSync, execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
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

const popup = pageWeight('popup.html');
const options = pageWeight('options.html');
const background = gzipSync(readFileSync(path.join(dir, 'background.js'))).length;
const zip = readdirSync('.output').find((f) => f.endsWith('-chrome.zip'));
budget('popup JS+CSS (gzip)', kb(popup.bytes), 25, 'KB');
budget('background (gzip)', kb(background), 15, 'KB');
budget('Chrome zip', kb(statSync(path.join('.output', zip)).size), 200, 'KB');
console.log(`options page JS+CSS (gzip): ${kb(options.bytes)} KB (no budget)`);

// Paint: the popup against a blank page of the same extension, in one Chromium run. The blank page
// is added to a copy of the build, so the product itself ships nothing for the bench.
const benchDir = mkdtempSync(path.join(tmpdir(), 'attune-bench-'));
cpSync(dir, benchDir, { recursive: true });
writeFileSync(path.join(benchDir, 'blank.html'), '<!doctype html><title>blank</title><p>blank</p>');
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: extensionArgs(benchDir),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
await worker.evaluate(() =>
  chrome.storage.local.set({ contacts: [{ id: 'a', name: 'Maya', phone: '+15551234567', createdAt: 1 }] }),
);

const page = await context.newPage();
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
      (f !== 'popup.html' || window.__rendered !== undefined),
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
}
const blank = [];
const popupPaint = [];
const popupRendered = [];
for (let i = 0; i < RUNS; i++) {
  blank.push((await measure('blank.html')).fcp);
  const p = await measure('popup.html');
  popupPaint.push(p.fcp);
  popupRendered.push(p.rendered);
}
const blankMs = median(blank);
const fcpRatio = median(popupPaint) / blankMs;
const renderedRatio = median(popupRendered) / blankMs;
console.log(
  `paint (median of ${RUNS}): blank ${blankMs.toFixed(1)} ms, popup FCP ${median(popupPaint).toFixed(1)} ms, ` +
    `reflection + prompt rendered ${median(popupRendered).toFixed(1)} ms`,
);
budget('popup FCP / blank page FCP', Math.round(fcpRatio * 100) / 100, 1.3, '×');
budget('reflection + prompt rendered / blank FCP', Math.round(renderedRatio * 100) / 100, 1.6, '×');

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
execFileSync('npx', ['vitest', 'run', 'tests/unit/platform/day-budget.test.ts'], { stdio: 'ignore' });
const day = JSON.parse(readFileSync('reports/day-sim.json', 'utf8'));
console.log(
  `simulated day: ${day.activeMinutes} active min, ${day.awayMinutes} away min, ${day.totalWrites} storage writes, ${day.sessions} sessions`,
);
budget('storage writes per hour of steady browsing', Math.round(day.steadyWritesPerHour * 100) / 100, 6, '');
budget('storage writes per active hour (whole day)', Math.round(day.writesPerActiveHour * 100) / 100, 6, '');
budget('alarm wake-ups while idle, locked or asleep', day.wakeUpsWhileAway, 0, '');

console.log('\nBudgets:');
for (const r of results) {
  console.log(`  ${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value}${r.unit} (budget ≤ ${r.limit}${r.unit})`);
}
const failed = results.filter((r) => !r.pass).length;
console.log(failed ? `\n${failed} budget(s) missed.` : '\nAll budgets met.');
