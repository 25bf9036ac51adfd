// The popup part of `npm run bench` alone, for iterating on its size: builds the release
// extension (unless BENCH_NO_BUILD=1), opens popup.html three ways and prints what each opening
// loads (gzip per file). Same measurement as scripts/bench.mjs.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';

if (!process.env.BENCH_NO_BUILD) execSync('npx wxt build', { stdio: 'ignore' });
const dir = path.resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: extensionArgs(dir),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = await context.newPage();
const gz = (f) => gzipSync(readFileSync(path.join(dir, f))).length;

async function popupLoad(query, ready) {
  const urls = new Set();
  const onRequest = (request) => {
    if (request.url().startsWith(`chrome-extension://${id}/`)) urls.add(new URL(request.url()).pathname);
  };
  page.on('request', onRequest);
  await page.goto(`chrome-extension://${id}/popup.html${query}`);
  await page.waitForSelector(ready);
  await page.waitForTimeout(500);
  page.off('request', onRequest);
  return [...urls].map((u) => u.slice(1));
}
const openings = { 'nobody saved yet': await popupLoad('', '#app form') };
await worker.evaluate(() =>
  chrome.storage.local.set({ contacts: [{ id: 'a', name: 'Maya', phone: '+15551234567', createdAt: 1 }] }),
);
openings['with a person'] = await popupLoad('', '#reach-title');
openings['opened by a nudge'] = await popupLoad('?nudge=1', '.reflection-text');
for (const [name, files] of Object.entries(openings)) {
  const total = files.reduce((s, f) => s + gz(f), 0);
  console.log(
    `${name}: ${(total / 1024).toFixed(2)} KB  ${files.map((f) => `${f} ${(gz(f) / 1024).toFixed(2)}`).join(', ')}`,
  );
}
await context.close();
