/**
 * Whether one of Attune's own pages is what the person is looking at. The background asks before
 * it opens a nudge: someone reading the options page or the popup is already with Attune. There is
 * no permission-free tab API that tells an extension which of its pages is in front, so the pages
 * answer themselves: only a page that is visible and has focus says yes.
 */
import { browser } from 'wxt/browser';

const QUESTION = 'in-front';

/** Pages call this once at start-up. */
export function answerInFront(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const asked =
      typeof message === 'object' && message !== null && (message as { type?: unknown }).type === QUESTION;
    if (!asked || document.visibilityState !== 'visible' || !document.hasFocus()) return undefined;
    return Promise.resolve(true);
  });
}

/** Asks the pages; no answer (no page open, none in front) means no. */
export async function attunePageInFront(): Promise<boolean> {
  try {
    return (await browser.runtime.sendMessage({ type: QUESTION })) === true;
  } catch {
    return false;
  }
}
