/**
 * The background worker's life: started fresh (a new module instance, as a woken service worker
 * is), killed between events or in the middle of one (between any two awaits), and the browser
 * restarted. Storage survives a worker death; a browser restart also clears `storage.session`
 * and may or may not keep alarms.
 *
 * Mid-handler death: every async browser API the background uses is wrapped so a promise created
 * in an older generation never settles once the generation has changed — the old worker freezes
 * at its next await, like a real kill. A call made while no worker is alive never happens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rawAlarms } from './fake-alarms';
import type { FakeIdle } from './fake-idle';

type AnyFn = (...args: unknown[]) => unknown;

const WRAPPED = Symbol('attune-harness-wrapped');

/** Async APIs of the fake browser that the background may await. */
const ASYNC_APIS: [string, string][] = [
  ['storage.local', 'get'],
  ['storage.local', 'set'],
  ['storage.local', 'remove'],
  ['storage.sync', 'get'],
  ['storage.sync', 'set'],
  ['storage.sync', 'remove'],
  ['storage.session', 'get'],
  ['storage.session', 'set'],
  ['storage.session', 'remove'],
  ['alarms', 'get'],
  ['alarms', 'getAll'],
  ['alarms', 'create'],
  ['alarms', 'clear'],
  ['alarms', 'clearAll'],
  ['windows', 'getLastFocused'],
  ['windows', 'getAll'],
  ['windows', 'get'],
  ['windows', 'create'],
  ['action', 'openPopup'],
  ['action', 'setBadgeText'],
  ['action', 'setBadgeBackgroundColor'],
  ['action', 'setTitle'],
  ['tabs', 'query'],
  ['tabs', 'create'],
  ['permissions', 'contains'],
  ['idle', 'queryState'],
  ['notifications', 'create'],
  ['notifications', 'clear'],
  ['runtime', 'sendMessage'],
];

function namespace(path: string): Record<string, unknown> {
  let target: Record<string, unknown> = fakeBrowser as unknown as Record<string, unknown>;
  for (const part of path.split('.')) target = target[part] as Record<string, unknown>;
  return target;
}

/** Every event object of the fake browser (anything with `removeAllListeners`), two levels deep. */
function allEvents(): { removeAllListeners(): void }[] {
  const events: { removeAllListeners(): void }[] = [];
  const visit = (obj: unknown, depth: number) => {
    if (!obj || typeof obj !== 'object' || depth > 2) return;
    for (const value of Object.values(obj)) {
      if (value && typeof value === 'object') {
        if (typeof (value as { removeAllListeners?: unknown }).removeAllListeners === 'function') {
          events.push(value as { removeAllListeners(): void });
        } else visit(value, depth + 1);
      }
    }
  };
  visit(fakeBrowser, 0);
  return events;
}

/**
 * Forgets the evaluated product modules that make up a worker's memory (what `vi.resetModules()`
 * does, limited to them), so the next import is a fresh instance — a new worker: every module of
 * platform/ with top-level mutable state (`let`, or a `const` array/map/set/object), and every
 * platform module that imports one, directly or not. Found by reading the sources, so new state the
 * lead adds is picked up. Resetting everything would re-evaluate WXT and the rest at ~40–150 ms a death.
 */
function forgetProductModules(): void {
  const state = (globalThis as Record<string, unknown>).__vitest_worker__ as
    | { evaluatedModules?: { idToModuleMap: Map<string, ModuleNode> } }
    | undefined;
  const map = state?.evaluatedModules?.idToModuleMap;
  if (!map) {
    vi.resetModules();
    return;
  }
  const fresh = workerModules();
  map.forEach((node, path) => {
    const match = /\/platform\/([\w/-]+)\.tsx?$/.exec(path);
    if (!match?.[1] || !fresh.has(match[1])) return;
    node.promise = undefined;
    node.exports = undefined;
    node.evaluated = false;
    node.importers.clear();
  });
}

interface ModuleNode {
  promise: unknown;
  exports: unknown;
  evaluated: boolean;
  importers: Set<string>;
}

let workerModuleNames: Set<string> | null = null;

const TOP_LEVEL_STATE = /^(let |var |(export )?const \w+(: [^=]+)? = (new (Map|Set|WeakMap)|\[\]|\{\}))/m;

/**
 * platform/ modules holding state, with everything in platform/ that imports them, named by their
 * path under platform/ without the extension (`engine`, or `worker/engine` once platform/ has folders).
 */
function workerModules(): Set<string> {
  if (workerModuleNames) return workerModuleNames;
  const sources = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of readdirSync(join(process.cwd(), 'platform', dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) visit(rel);
      else if (/\.tsx?$/.test(entry.name))
        sources.set(rel.replace(/\.tsx?$/, ''), readFileSync(join(process.cwd(), 'platform', rel), 'utf8'));
    }
  };
  visit('');
  const names = new Set([...sources].filter(([, src]) => TOP_LEVEL_STATE.test(src)).map(([name]) => name));
  for (const name of sources.keys()) if (name.split('/').pop() === 'background') names.add(name);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, src] of sources) {
      if (names.has(name)) continue;
      // Relative imports that stay inside platform/ (`./engine`, `../storage/storage-keys`).
      const imports = [...src.matchAll(/from '(\.{1,2}\/[\w/-]+)'/g)].map((m) =>
        posix.normalize(posix.join(posix.dirname(name), m[1] ?? '')),
      );
      if (imports.some((i) => names.has(i))) {
        names.add(name);
        grew = true;
      }
    }
  }
  workerModuleNames = names;
  return names;
}

/** Lets every pending promise chain run (the fake browser settles in microtasks). */
export const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

export class WorkerHost {
  generation = 0;
  alive = false;
  /** API calls made by the live generation (what `killAfter` counts). */
  calls = 0;
  /** Total API calls (to notice when the worker has gone quiet). */
  totalCalls = 0;
  /** Browser calls not settled yet. */
  inflight = 0;
  private killAt: number | null = null;
  /** Random source for "did the call in flight at the kill still happen?". */
  rand: () => number = () => 0.5;
  /** Deaths in the middle of a handler so far. */
  midDeaths = 0;
  deaths = 0;

  constructor(readonly idle: FakeIdle) {}

  /** Wraps the fake browser's async APIs once per process (they stay wrapped across tests). */
  wrapApis(): void {
    for (const [path, name] of ASYNC_APIS) {
      const ns = namespace(path);
      const current = ns[name] as AnyFn & { [WRAPPED]?: WorkerHost };
      if (typeof current !== 'function') continue;
      const original = current[WRAPPED] ? (current as unknown as { original: AnyFn }).original : current;
      const wrapper = ((...args: unknown[]) => this.call(() => original.apply(ns, args))) as AnyFn & {
        [WRAPPED]?: WorkerHost;
        original?: AnyFn;
      };
      wrapper[WRAPPED] = this;
      wrapper.original = original;
      ns[name] = wrapper;
    }
  }

  /** Replaces one API with a harness implementation (itself wrapped for generations). */
  stub(path: string, name: string, impl: AnyFn): void {
    const ns = namespace(path);
    const wrapper = ((...args: unknown[]) => this.call(() => impl(...args))) as AnyFn & {
      [WRAPPED]?: WorkerHost;
      original?: AnyFn;
    };
    wrapper[WRAPPED] = this;
    wrapper.original = impl;
    ns[name] = wrapper;
  }

  private call(run: () => unknown): Promise<unknown> {
    this.totalCalls += 1;
    if (!this.alive) return new Promise(() => undefined); // a dead worker's call never happens
    const gen = this.generation;
    this.calls += 1;
    if (this.killAt !== null && this.calls >= this.killAt) {
      // Killed at this await: the call may or may not have reached the browser.
      if (this.rand() < 0.5)
        void Promise.resolve()
          .then(run)
          .catch(() => undefined);
      this.kill(true);
      return new Promise(() => undefined);
    }
    this.inflight += 1;
    return new Promise((resolve, reject) => {
      Promise.resolve()
        .then(run)
        .then(
          (value) => {
            this.inflight -= 1;
            if (this.generation === gen) resolve(value);
          },
          (error) => {
            this.inflight -= 1;
            if (this.generation === gen) reject(error);
          },
        );
    });
  }

  /** The live worker dies at its `n`-th API call from now (1 = the very next one). */
  killAfter(n: number): void {
    this.killAt = this.calls + Math.max(1, n);
  }

  cancelKill(): void {
    this.killAt = null;
  }

  /** The worker stops: its listeners are gone, its memory with it, pending awaits never return. */
  kill(midHandler = false): void {
    if (!this.alive) return;
    this.generation += 1;
    this.alive = false;
    this.killAt = null;
    this.deaths += 1;
    if (midHandler) this.midDeaths += 1;
    for (const event of allEvents()) event.removeAllListeners();
    this.idle.onStateChanged.removeAllListeners();
  }

  /** Starts a fresh worker: a new module instance of the background, listeners registered at once. */
  async start(): Promise<void> {
    this.kill();
    forgetProductModules();
    const { startBackground } = await import('../../platform/worker/background');
    this.generation += 1;
    this.calls = 0;
    this.alive = true;
    startBackground();
  }

  /** A worker is running (a browser event wakes one when none is). */
  async ensure(): Promise<void> {
    if (!this.alive) await this.start();
  }

  /**
   * Waits until the worker has no work left: no browser call in flight and none started during a
   * burst of microtask turns (the fake browser settles in microtasks), then one macrotask to be sure.
   */
  async settle(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      let seen = -1;
      for (let i = 0; i < 100 && (seen !== this.totalCalls || this.inflight > 0); i++) {
        seen = this.totalCalls;
        for (let j = 0; j < 20; j++) await null;
      }
      // Nothing in the background waits on timers, so a quiet burst is quiet; every few events one
      // macrotask turn more, in case something does.
      this.settles = (this.settles + 1) % 16;
      if (this.settles !== 0) return;
      const before = this.totalCalls;
      await macrotask();
      if (this.totalCalls === before && this.inflight === 0) return;
    }
  }

  private settles = 0;

  /** Browser restart: the worker dies, session storage is cleared, alarms kept or not. */
  async restartBrowser(keepAlarms: boolean): Promise<void> {
    this.kill();
    await (fakeBrowser.storage.session as unknown as { resetState(): void }).resetState();
    if (!keepAlarms) await rawAlarms.clearAll();
  }
}
