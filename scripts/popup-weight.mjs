// What the popup loads on each kind of opening, as Chromium fetched it: popup.html (with its inlined
// CSS) and every script and stylesheet requested until it has settled, dynamic chunks included.
// Used by `npm run bench` (the budget) and `scripts/bench-popup.mjs` (the popup alone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Opens the popup three ways: nobody saved yet, with a person, opened by a nudge.
 * @param {{ page: import('@playwright/test').Page, worker: import('@playwright/test').Worker, dir: string }} where
 *   a page of a Chromium with the built extension in `dir` loaded, and its service worker
 * @returns {Promise<Record<string, { files: string[], gzip: Record<string, number>, bytes: number }>>}
 */
export async function popupOpenings({ page, worker, dir }) {
  const id = new URL(worker.url()).host;
  const load = async (query, ready) => {
    const urls = new Set();
    const onRequest = (request) => {
      if (request.url().startsWith(`chrome-extension://${id}/`)) urls.add(new URL(request.url()).pathname);
    };
    page.on('request', onRequest);
    await page.goto(`chrome-extension://${id}/popup.html${query}`);
    await page.waitForSelector(ready);
    await page.waitForTimeout(500);
    page.off('request', onRequest);
    const files = [...urls].map((u) => u.slice(1));
    const gzip = Object.fromEntries(files.map((f) => [f, gzipSync(readFileSync(path.join(dir, f))).length]));
    return { files, gzip, bytes: Object.values(gzip).reduce((sum, n) => sum + n, 0) };
  };
  const openings = { 'nobody saved yet': await load('', '#app form') };
  await worker.evaluate(() =>
    chrome.storage.local.set({ contacts: [{ id: 'a', name: 'Maya', phone: '+15551234567', createdAt: 1 }] }),
  );
  openings['with a person'] = await load('', '#reach-title');
  openings['opened by a nudge'] = await load('?nudge=1', '.reflection-text');
  return openings;
}
