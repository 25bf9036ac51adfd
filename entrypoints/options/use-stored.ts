import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SaveStatus } from '../../platform/pages/use-settings';

/** Something stored that can tell when it changed (a WXT storage item). */
interface Watchable {
  watch(callback: () => void): () => void;
}

/**
 * A stored value kept in step with storage (another page, e.g. the popup, may change it), and a
 * `commit` that writes a new value and reports the outcome in `status`. Failed writes (a quota, a
 * storage error) show in `status` and leave the shown value as it is in storage. `update` changes
 * the value as stored at that moment, for lists that other pages write too.
 */
export function useStored<T>(read: () => Promise<T>, write: (value: T) => Promise<void>, item: Watchable) {
  const [value, setValue] = useState<T | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    const load = () => read().then((next) => live && setValue(next));
    void load();
    const unwatch = item.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /** Writes `next`; resolves when saved, rejects (after showing why) when it couldn't be. */
  async function commit(next: T): Promise<void> {
    setStatus({ kind: 'saving' });
    try {
      await write(next);
    } catch (error) {
      setStatus({ kind: 'error', message: couldNotSave(error) });
      throw error;
    }
    setValue(next);
    setStatus({ kind: 'saved' });
  }

  /**
   * Applies `change` to the value as stored right now (not as shown, which another page may have
   * changed a moment ago) and writes the result; resolves and rejects like `commit`.
   */
  async function update(change: (stored: T) => T): Promise<void> {
    let stored: T;
    try {
      stored = await read();
    } catch (error) {
      setStatus({ kind: 'error', message: couldNotSave(error) });
      throw error;
    }
    await commit(change(stored));
  }

  return { value, status, commit, update, setStatus };
}

/** The reason a write failed, as a sentence. */
export function couldNotSave(error: unknown): string {
  return i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]);
}
