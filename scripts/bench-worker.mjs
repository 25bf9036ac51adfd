// Worker starts in real time, for `npm run bench`: how often Chromium starts Attune's service worker
// while a person browses. Playwright is not used here on purpose: it attaches a debugger to every
// service worker, and an attached worker is never stopped for idleness, so it would count one start
// for the whole run. Chromium is launched directly and watched through the *browser* target's CDP
// events only (`Target.setDiscoverTargets`: a `service_worker` target exists while the worker runs),
// and page loads go through a session attached to one ordinary tab, never to the worker.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';

/** A minimal CDP client over the browser endpoint. */
function connect(url) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  let nextId = 1;
  const pending = new Map();
  const listeners = [];
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(`${msg.error.message} (${msg.error.code})`));
      else resolve(msg.result);
    } else if (msg.method) {
      for (const fn of listeners) fn(msg);
    }
  });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        send(method, params = {}, sessionId) {
          const id = nextId++;
          ws.send(JSON.stringify({ id, method, params, ...(sessionId && { sessionId }) }));
          return new Promise((res, rej) => pending.set(id, { resolve: res, reject: rej }));
        },
        on: (fn) => listeners.push(fn),
        close: () => ws.close(),
      }),
    );
  });
}

/** Waits for Chromium to write the port it chose (`--remote-debugging-port=0`). */
async function devtoolsEndpoint(profile) {
  for (let i = 0; i < 200; i++) {
    try {
      const [port, wsPath] = readFileSync(path.join(profile, 'DevToolsActivePort'), 'utf8').split('\n');
      if (port && wsPath) return `ws://127.0.0.1:${port}${wsPath}`;
    } catch {
      // Not written yet.
    }
    await sleep(100);
  }
  throw new Error('Chromium did not open its DevTools port');
}

/**
 * Loads the extension in `dir`, waits `settleSec` (install, first start, the welcome tab), then for
 * `minutes` real minutes loads a local page every `loadEverySec` seconds and counts the worker's
 * starts. Returns the starts, their times (s from the window's start) and the rate per hour.
 * @param {{ dir: string, minutes: number, loadEverySec: number, settleSec?: number, log?: (line: string) => void }} options
 */
export async function countWorkerStarts({ dir, minutes, loadEverySec, settleSec = 40, log = () => {} }) {
  // The pages the person "browses": served locally, so nothing leaves the machine.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>page ${req.url}</title><p>A page (${req.url}).</p>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const profile = mkdtempSync(path.join(tmpdir(), 'attune-bench-worker-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      ...extensionArgs(dir),
      '--headless',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  try {
    const cdp = await connect(await devtoolsEndpoint(profile));
    /** @type {number[]} */
    const starts = [];
    let extensionId = null;
    cdp.on((msg) => {
      if (msg.method !== 'Target.targetCreated') return;
      const { type, url } = msg.params.targetInfo;
      if (type !== 'service_worker' || !url.startsWith('chrome-extension://')) return;
      extensionId ??= new URL(url).host;
      starts.push(performance.now());
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true });

    const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
    await cdp.send('Page.enable', {}, sessionId);

    await sleep(settleSec * 1000);
    if (!extensionId) throw new Error('the service worker never started');
    const from = performance.now();
    const until = from + minutes * 60_000;
    let loads = 0;
    while (performance.now() < until) {
      await cdp.send('Page.navigate', { url: `${origin}/page-${loads}` }, sessionId);
      loads++;
      const nextLoad = from + loads * loadEverySec * 1000;
      await sleep(Math.max(0, Math.min(nextLoad, until) - performance.now()));
    }
    const times = starts.filter((t) => t >= from && t < until).map((t) => Math.round((t - from) / 1000));
    log(`worker starts at ${times.map((t) => `${t} s`).join(', ') || 'none'} (${loads} page loads)`);
    cdp.close();
    return { starts: times.length, times, loads, perHour: (times.length * 60) / minutes };
  } finally {
    chromium.kill();
    server.close();
    await sleep(500);
    rmSync(profile, { recursive: true, force: true });
  }
}
