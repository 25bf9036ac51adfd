import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Contact } from '../../../../lib/people/contacts';
import { reflectionIds } from '../../../../lib/reflections/reflections';
import { DEFAULT_SETTINGS, type Settings } from '../../../../lib/settings/settings';

/** Everything stored, as one string: compare before/after to prove nothing changed. */
export async function snapshot(): Promise<string> {
  return JSON.stringify([
    await fakeBrowser.storage.local.get(null),
    await fakeBrowser.storage.sync.get(null),
  ]);
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
/** One day of stats. */
export const stats = { '2025-05-01': { solitaryMin: 50, longestMin: 40, nudges: 1, connections: 1 } };

/**
 * A fresh browser for the data section's tests: no permissions granted, settings with a 90 min
 * threshold, `local` in local storage. Returns the list the page's messages to the background
 * are recorded in (each answered 'ok').
 */
export async function seedDataPage(local: Record<string, unknown>): Promise<unknown[]> {
  fakeBrowser.reset();
  mockPermissions();
  const sent: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    return Promise.resolve('ok');
  });
  await seedSettings({ thresholdMin: 90 });
  await fakeBrowser.storage.local.set(local);
  return sent;
}
