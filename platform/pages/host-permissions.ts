/**
 * Optional host permissions, as the pages ask for and read them (call services and call sites).
 * The background reads them on its own (platform/worker/calls.ts).
 */
import { browser } from 'wxt/browser';

/**
 * Asks the browser for `origins`. Call it synchronously in the click that means it, before any
 * `await` or state update: the browser shows its prompt only during a user gesture, and Firefox
 * loses the gesture after an await (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/permissions/request).
 */
export function askForOrigins(origins: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: [...origins] });
}

/** Whether every one of `origins` is granted here; false when the browser can't say. */
export async function hasOrigins(origins: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}

/** Gives `origins` back to the browser (nothing to do for an empty list). */
export async function giveBackOrigins(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await browser.permissions.remove({ origins: [...origins] });
}

/**
 * Calls `onChange` whenever a permission is granted or revoked while the page is open (another
 * page, the browser's own settings, the background dropping a revoked service). Returns the
 * function that stops listening.
 */
export function watchGrants(onChange: () => void): () => void {
  const listener = () => onChange();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
