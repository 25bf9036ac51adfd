import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Only what the browser's start does with an import cut short is under test here.
vi.mock('../../../platform/engine', () => ({
  dispatch: vi.fn(async () => ({})),
  dropCache: vi.fn(async () => undefined),
  onOutcome: vi.fn(),
  TICK_ALARM: 'attune-tick',
}));

const { startBackground } = await import('../../../platform/background');
const { stubUnimplementedEvents } = await import('../stub-events');
const engine = await import('../../../platform/engine');

describe('background at browser start', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.idle, 'setDetectionInterval').mockImplementation(() => undefined);
    stubUnimplementedEvents();
    startBackground();
  });

  it('undoes an import the last quit cut short between its two writes, then wakes the tracker', async () => {
    const before = [{ id: 'a', name: 'Sam' }];
    await fakeBrowser.storage.local.set({
      contacts: [{ id: 'b', name: 'Imported' }],
      importJournal: {
        at: 1,
        settings: { thresholdMin: 45 },
        previous: { contacts: before },
        absent: [],
      },
    });

    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(engine.dispatch).toHaveBeenCalled());

    expect(await fakeBrowser.storage.local.get(['contacts', 'importJournal'])).toEqual({ contacts: before });
    expect(engine.dropCache).toHaveBeenCalled();
  });
});
