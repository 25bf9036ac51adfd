import { browser } from 'wxt/browser';

/** Registers every listener synchronously, as MV3 requires for events to wake the worker. */
export function startBackground(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Pages wake the worker with a message (see tests); answering keeps the channel from erroring.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isPing(message)) return Promise.resolve('pong');
    return undefined;
  });
}

const isPing = (message: unknown): boolean =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping';
