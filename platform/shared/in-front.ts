/**
 * Whether one of Attune's own pages is what the person is looking at. The background asks before
 * it opens a nudge: someone reading the options page or the popup is already with Attune. No
 * permission-free tab API tells an extension which of its pages is in front (tab URLs need the
 * `tabs` permission), so the background names the active tab of the focused window and the page in
 * that tab answers; the toolbar popup, which has no tab, answers while it is open.
 */
import { browser } from 'wxt/browser';

const QUESTION = 'in-front';

interface Question {
  type: typeof QUESTION;
  /** The active tab of the last focused window, -1 when there is none. */
  tabId: number;
}

function isQuestion(message: unknown): message is Question {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === QUESTION;
}

/** Pages call this once at start-up. Only a page that is in front answers (the first answer wins). */
export function answerInFront(): void {
  // undefined until known; null: no tab of its own (the toolbar popup).
  let ownTab: number | null | undefined;
  browser.tabs
    .getCurrent()
    .then((tab) => {
      ownTab = tab?.id ?? null;
    })
    .catch(() => {
      ownTab = null;
    });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isQuestion(message)) return undefined;
    const inFront = ownTab === null ? document.visibilityState === 'visible' : ownTab === message.tabId;
    return inFront ? Promise.resolve(true) : undefined;
  });
}

/** Asks the pages; no answer (no page open, none in front) means no. */
export async function attunePageInFront(): Promise<boolean> {
  try {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    const question: Question = { type: QUESTION, tabId: tab?.id ?? -1 };
    return (await browser.runtime.sendMessage(question)) === true;
  } catch {
    return false;
  }
}
