import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showNudge } from '../../../../platform/worker/nudge';

let created: string[];

beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  // A browser without openPopup: the card opens in a small window, whose address is easy to read.
  delete (fakeBrowser.action as { openPopup?: unknown }).openPopup;
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 1, focused: true } as never);
  vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async (info) => {
    created.push(String(info?.url));
    return { id: 2 } as never;
  });
});

describe('"Preview a nudge"', () => {
  it('opens the card as a nudge, marked as a preview so its answers change nothing, and records no nudge', async () => {
    await showNudge('popup');

    expect(created).toHaveLength(1);
    expect(new URL(created[0] as string).search).toBe('?window=1&nudge=1&preview=1');
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});
