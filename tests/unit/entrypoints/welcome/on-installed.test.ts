import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The tracker engine is not under test here; only which tab the install event opens.
vi.mock('../../../../platform/engine', () => ({
  dispatch: vi.fn(async () => ({})),
  onOutcome: vi.fn(),
  TICK_ALARM: 'attune-tick',
}));

const { startBackground } = await import('../../../../platform/background');

/** fakeBrowser throws for events it doesn't implement (idle, permissions…); those become no-ops. */
function stubUnimplementedEvents() {
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

describe('welcome page on install (platform/background.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined);
    stubUnimplementedEvents();
    startBackground();
  });

  it('opens the welcome page once on install', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });

    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });

  it.each(['update', 'browser_update'] as const)('does not open it on %s', async (reason) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.runtime.onInstalled.trigger({ reason, previousVersion: '0.0.9', temporary: false });

    expect(create).not.toHaveBeenCalled();
  });
});
