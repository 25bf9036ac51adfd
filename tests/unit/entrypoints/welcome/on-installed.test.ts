import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The tracker engine is not under test here; only which tab the install event opens.
vi.mock('../../../../platform/worker/engine', () => ({
  dispatch: vi.fn(async () => ({ state: { callSince: null } })),
  catchUp: vi.fn(async () => ({ state: { callSince: null } })),
  onOutcome: vi.fn(),
  TICK_ALARM: 'attune-tick',
}));

const { startBackground } = await import('../../../../platform/worker/background');
const { startOnFreshBrowser } = await import('../../stub-events');

describe('welcome page on install (platform/worker/background.ts)', () => {
  beforeEach(() => startOnFreshBrowser(startBackground));

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
