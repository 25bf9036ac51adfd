/**
 * The few places where Chromium (MV3) and Firefox (MV2) differ, kept in one module so features
 * never check the browser themselves.
 */
import { type Browser, browser } from 'wxt/browser';

type Action = typeof browser.action;

/** The toolbar button API: `action` in MV3, `browserAction` in Firefox's MV2 build. */
export function toolbarAction(): Action {
  return (browser.action ?? (browser as unknown as { browserAction: Action }).browserAction) as Action;
}

/** The toolbar popup's page, as the manifest declares it. */
const POPUP_PAGE = 'popup.html';

/**
 * Opens the toolbar popup in a window without a user gesture. Chromium allows it from the worker;
 * Firefox only behind a pref (on by default in ESR 153, off elsewhere). Resolves false when the
 * browser refused, so the caller can fall back to a small window. `query` (e.g. `nudge=1`) tells the
 * page how it was opened; the button's own page is put back at once, so a click on the toolbar
 * button afterwards opens the plain popup.
 */
export async function openToolbarPopup(windowId: number, query = ''): Promise<boolean> {
  const action = toolbarAction() as Action & {
    openPopup?: (options?: { windowId?: number }) => Promise<void>;
  };
  if (typeof action.openPopup !== 'function') return false;
  // Without the marked page the card still opens, only as if the person had opened it.
  const marked = query !== '' && (await attempt(() => action.setPopup({ popup: `${POPUP_PAGE}?${query}` })));
  const opened = await attempt(() => action.openPopup?.({ windowId }));
  if (marked) await attempt(() => action.setPopup({ popup: POPUP_PAGE }));
  return opened;
}

/** Whether this browser has `openPopup` at all (it may still refuse a given call). */
export function toolbarPopupCanOpen(): boolean {
  return typeof (toolbarAction() as { openPopup?: unknown }).openPopup === 'function';
}

/** Runs a browser call; whether it went through (APIs may throw at once or reject later). */
async function attempt(call: () => Promise<unknown> | undefined): Promise<boolean> {
  try {
    await call();
    return true;
  } catch {
    return false;
  }
}

/** Notification buttons exist in Chromium only; Firefox shows a plain notification. */
export function notificationsSupportButtons(): boolean {
  return import.meta.env.BROWSER !== 'firefox';
}

/** The smallest idle detection interval browsers accept, in seconds. */
export const MIN_IDLE_INTERVAL_S = 15;

type Window = Browser.windows.Window;

/**
 * The last focused normal browser window, or null. Firefox logs `windowTypes` as deprecated (at
 * error level) on `getLastFocused`, so there the type is checked by hand.
 */
export async function lastFocusedNormalWindow(): Promise<Window | null> {
  try {
    if (import.meta.env.BROWSER === 'firefox') {
      const win = await browser.windows.getLastFocused();
      return win.type === 'normal' ? win : null;
    }
    return await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  } catch {
    return null;
  }
}

/**
 * Whether the system lets Attune's notifications show. Chromium can tell (the person may have
 * turned them off for the browser's extensions); Firefox can't, and shows them where it can.
 */
export async function notificationsAllowed(): Promise<boolean> {
  const api = browser.notifications as typeof browser.notifications & {
    getPermissionLevel?: () => Promise<string>;
  };
  if (typeof api.getPermissionLevel !== 'function') return true;
  try {
    return (await api.getPermissionLevel()) === 'granted';
  } catch {
    return true;
  }
}
