import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localDayKey } from '../../../../lib/history/stats';
import type { Contact } from '../../../../lib/people/contacts';
import { reflectionIds } from '../../../../lib/reflections/reflections';
import type { handleDataRequest } from '../../../../platform/worker/data-requests';

/** The background's handler of the pages' data writes; a new worker gets a fresh one. */
let handleData: typeof handleDataRequest;

/**
 * The worker stops (say, in the middle of an import) and a new one starts: fresh memory and event
 * queue, the same storage. Whatever the old worker was waiting on never finishes.
 */
export async function workerRestarts(): Promise<void> {
  vi.resetModules();
  handleData = (await import('../../../../platform/worker/data-requests')).handleDataRequest;
}

import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/settings/settings';
import { isDataRequest, parseRequest } from '../../../../platform/shared/messages';

/**
 * The background's own keys: before it applies a page's data write it saves its session (the
 * snapshot and the log as they stand), which is not a change of the person's data.
 */
const BACKGROUND_OWN = ['tracker', 'decisionLog'];

/** Everything the person's data is, as one string: compare before/after to prove nothing changed. */
export async function snapshot(): Promise<string> {
  const local = await fakeBrowser.storage.local.get(null);
  for (const key of BACKGROUND_OWN) delete local[key];
  return JSON.stringify([local, await fakeBrowser.storage.sync.get(null)]);
}

export async function seedSettings(patch: Partial<Settings> = {}): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings: { ...structuredClone(DEFAULT_SETTINGS), ...patch } });
}

export async function storedSettings(): Promise<Settings | undefined> {
  return (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
}

export async function storedLocal<T = unknown>(key: string): Promise<T> {
  return (await fakeBrowser.storage.local.get(key))[key] as T;
}

export function person(i: number, patch: Partial<Contact> = {}): Contact {
  return { id: `c${i}`, name: `Person ${i}`, createdAt: 1_700_000_000_000 + i, ...patch };
}

type PermissionsListener = (permissions: { origins?: string[] }) => void;

/** A browser event the page can listen to, fired by hand (`fire`). */
function fakeEvent(target: { addListener: unknown; removeListener: unknown }) {
  const listeners = new Set<PermissionsListener>();
  vi.spyOn(target as { addListener: (l: PermissionsListener) => void }, 'addListener').mockImplementation(
    (l) => void listeners.add(l),
  );
  vi.spyOn(
    target as { removeListener: (l: PermissionsListener) => void },
    'removeListener',
  ).mockImplementation((l) => void listeners.delete(l));
  return (origins: string[]) => {
    for (const l of listeners) l({ origins });
  };
}

/**
 * The permissions API is not in fakeBrowser; these stand in for the browser's answers. Like the
 * browser, granting fires `onAdded` and removing fires `onRemoved`; `revoke` is the person taking a
 * permission back in the browser's own settings.
 */
export function mockPermissions(granted: string[] = []) {
  const have = new Set(granted);
  const added = fakeEvent(fakeBrowser.permissions.onAdded);
  const removed = fakeEvent(fakeBrowser.permissions.onRemoved);
  return {
    request: vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
      for (const o of origins) have.add(o);
      added(origins);
      return true;
    }),
    contains: vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation(async ({ origins = [] }) => origins.every((o) => have.has(o))),
    remove: vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
      for (const o of origins) have.delete(o);
      removed(origins);
      return true;
    }),
    getAll: vi
      .spyOn(fakeBrowser.permissions, 'getAll')
      .mockImplementation(async () => ({ origins: [...have], permissions: [] })),
    revoke(origins: string[]) {
      for (const o of origins) have.delete(o);
      removed(origins);
    },
    /** Whether every one of `origins` is granted right now. */
    has: (origins: string[]) => origins.every((o) => have.has(o)),
  };
}

const ids = reflectionIds();
/** A reflection rotation part-way through, with one favourite. */
export const rotation = { order: [...ids], index: 2, favourites: [ids[0] as string], hidden: [] };
/**
 * One day of stats, yesterday: the background prunes days older than 12 weeks whenever it saves,
 * and it saves before it applies a page's data write.
 */
export const stats = {
  [localDayKey(Date.now() - 86_400_000)]: { solitaryMin: 50, longestMin: 40, nudges: 1, connections: 1 },
};

/**
 * A fresh browser for the data section's tests: no permissions granted, settings with a 90 min
 * threshold, `local` in local storage. Returns the list the page's messages to the background
 * are recorded in: its data writes (clear, import, reset) are applied by the background's real
 * handler (platform/worker/data-requests.ts), anything else is answered 'ok'.
 */
export async function seedDataPage(local: Record<string, unknown>): Promise<unknown[]> {
  fakeBrowser.reset();
  // Each test starts a worker of its own: nothing of the last one's memory or queue carries over.
  await workerRestarts();
  mockPermissions();
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    const request = parseRequest(message);
    if (request && isDataRequest(request)) return handleData(request);
    return Promise.resolve('ok');
  });
  await seedSettings({ thresholdMin: 90 });
  await fakeBrowser.storage.local.set(local);
  return sent;
}
