import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import type { Status } from '../../../../platform/shared/messages';
import { startBackground } from '../../../../platform/worker/background';
import { dropCache } from '../../../../platform/worker/engine';
import { startOnFreshBrowser } from '../../stub-events';

const MIN = 60_000;
const START = new Date(2026, 10, 2, 10).getTime();

/** A page of Attune's own sends `message` to the background, `minutes` after START. */
async function ask(minutes: number, message: object): Promise<unknown> {
  vi.setSystemTime(START + minutes * MIN);
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id });
  return answer;
}

const sessionLog = async () =>
  ((await fakeBrowser.storage.session.get('decisionLog')).decisionLog ?? []) as {
    what: string;
    detail?: string;
  }[];

beforeEach(async () => {
  await dropCache();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  startOnFreshBrowser(startBackground);
  (fakeBrowser.idle as unknown as { queryState: () => Promise<string> }).queryState = async () => 'active';
  await fakeBrowser.storage.sync.set({
    settings: { ...DEFAULT_SETTINGS, quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: false } },
  });
  // No card opens in these tests: there is no browser window to open it in.
  vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockRejectedValue(new Error('no window'));
});

describe('answers to a nudge', () => {
  it.each([
    [{ type: 'not-now' }, { what: 'not-now' }],
    [{ type: 'less-often' }, { what: 'less-often', detail: '120' }],
    [{ type: 'not-alone' }, { what: 'not-alone' }],
    [{ type: 'snooze', minutes: 30 }, { what: 'snooze' }],
    [{ type: 'pause', span: 'hour' }, { what: 'pause' }],
    [{ type: 'connected' }, { what: 'connected' }],
  ])('%o goes into the decision log', async (message, line) => {
    await ask(0, { type: 'status' });

    await ask(1, message);

    expect(await sessionLog()).toContainEqual(expect.objectContaining(line));
  });

  it('the status says when the next check-in can come: below the threshold, after "Not now", after a snooze', async () => {
    const first = (await ask(0, { type: 'status' })) as Status;
    expect(first.next).toEqual({ kind: 'after', aloneMs: 90 * MIN, notBefore: START + 90 * MIN });

    await ask(1, { type: 'not-now' });
    const afterNotNow = (await ask(1, { type: 'status' })) as Status;
    // 89 more minutes alone; the wait after "Not now" (30 min) is over long before that.
    expect(afterNotNow.next).toEqual({ kind: 'after', aloneMs: 90 * MIN, notBefore: START + 90 * MIN });

    await ask(2, { type: 'pause', span: 'today' });
    const paused = (await ask(2, { type: 'status' })) as Status;
    expect(paused.next).toMatchObject({ kind: 'paused', restOfDay: true });
  });
});
