/**
 * The background's last failed storage write (`SESSION_KEYS.saveError`, written and cleared by the
 * background), for pages to show while it lasts.
 */
import { browser } from 'wxt/browser';
import { type SaveError, SESSION_KEYS } from './storage-keys';

const KEY = SESSION_KEYS.saveError;

function parse(raw: unknown): SaveError | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { at, message } = raw as Record<string, unknown>;
  return typeof at === 'number' && typeof message === 'string' ? { at, message } : null;
}

/** Calls `onChange` with the failure now and whenever it changes (null once a save succeeds). */
export function watchSaveError(onChange: (error: SaveError | null) => void): () => void {
  const area = browser.storage.session;
  // Older Firefox versions have no session storage: there is nothing to show there.
  if (!area) return () => undefined;
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'session' && KEY in changes) onChange(parse(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  area.get(KEY).then(
    (stored) => onChange(parse(stored[KEY])),
    () => undefined,
  );
  return () => browser.storage.onChanged.removeListener(listener);
}
