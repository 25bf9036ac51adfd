// The popup part of `npm run bench` alone, for iterating on its size: builds the release
// extension (unless BENCH_NO_BUILD=1), opens popup.html three ways and prints what each opening
// loads (gzip per file). Same measurement as scripts/bench.mjs (scripts/popup-weight.mjs).
import { execSync } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';
import { popupOpenings } from './popup-weight.mjs';

if (!process.env.BENCH_NO_BUILD) execSync('npx wxt build', { stdio: 'ignore' });
const dir = path.resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: extensionArgs(dir),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const openings = await popupOpenings({ page: await context.newPage(), worker, dir });
const kb = (bytes) => (bytes / 1024).toFixed(2);
for (const [name, { files, gzip, bytes }] of Object.entries(openings)) {
  console.log(`${name}: ${kb(bytes)} KB  ${files.map((f) => `${f} ${kb(gzip[f])}`).join(', ')}`);
}
await context.close();
