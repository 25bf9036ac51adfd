import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** fakeBrowser throws for events it doesn't implement (idle, permissions…); those become no-ops. */
export function stubUnimplementedEvents() {
  const noop = () => undefined;
  for (const namespace of Object.values(fakeBrowser as unknown as Record<string, unknown>)) {
    if (typeof namespace !== 'object' || namespace === null) continue;
    for (const event of Object.values(namespace as Record<string, unknown>)) {
      const target = event as {
        addListener?: (fn: () => void) => void;
        removeListener?: (fn: () => void) => void;
      };
      if (typeof event !== 'object' || event === null || typeof target.addListener !== 'function') continue;
      try {
        target.addListener(noop);
        target.removeListener?.(noop);
      } catch {
        vi.spyOn(target as { addListener: () => void }, 'addListener').mockImplementation(noop);
      }
    }
  }
}

/**
 * A fresh fake browser with the background's listeners registered, as when the worker starts:
 * `start` is the test file's own (engine-mocked) `startBackground`.
 */
export function startOnFreshBrowser(start: () => void) {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined);
  stubUnimplementedEvents();
  start();
}
