/**
 * The item layer under `storage.ts` and `crisis-country.ts`: one stored value on one key, without
 * `@wxt-dev/storage` (~3 KB gzip in the background and in every page).
 */
import { browser } from 'wxt/browser';

/** One stored value, read raw (`null` when missing) and written whole. */
export interface StoredItem {
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `onChange(next, previous)` when the value changes, here or elsewhere; returns the stop. */
  watch(onChange: (next: unknown, previous: unknown) => void): () => void;
}

/**
 * A stored item on one key of `local` or `sync`. It does what `storage.defineItem` did for these
 * items (version 1, no migrations, so it never wrote a version key) without `@wxt-dev/storage`,
 * which weighed ~3 KB gzip in the background and in every page. When an item needs a migration,
 * bring the item layer back for that item, or add a version key here.
 */
export function defineItem(area: 'local' | 'sync', key: string): StoredItem {
  const store = () => browser.storage[area];
  return {
    getValue: async () => (await store().get(key))[key] ?? null,
    setValue: (value) => store().set({ [key]: value ?? null }),
    removeValue: () => store().remove(key),
    watch(onChange) {
      const listener = (
        changes: Record<string, { newValue?: unknown; oldValue?: unknown }>,
        name: string,
      ) => {
        const change = name === area ? changes[key] : undefined;
        // Firefox reports writes of an equal value too: those are no change to show.
        if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
        onChange(change.newValue ?? null, change.oldValue ?? null);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
