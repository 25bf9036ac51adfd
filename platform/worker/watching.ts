/**
 * A look at the focused window: whether the person is watching (idle, but the front tab plays
 * sound unmuted, or the window is fullscreen) and whether it is a good moment for a nudge (a window
 * has focus, no fullscreen video plays). Reading `audible`, `mutedInfo` and a window's state needs
 * no permission. Music in a background tab, a muted tab or a window without focus (a screen locker
 * has it) is not watching.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/settings';
import type { Screen } from '../../lib/tracker/tracker';
import { lastFocusedNormalWindow } from './compat';

export interface WindowLook {
  watching: boolean;
  screen: Screen;
}

const AWAY: WindowLook = { watching: false, screen: { focused: false, fullscreenWithSound: false } };

export async function lookAtWindow(settings: Pick<Settings, 'countWatching'>): Promise<WindowLook> {
  try {
    const win = await lastFocusedNormalWindow();
    if (!win?.focused || win.id === undefined) return AWAY;
    if (win.state === 'fullscreen') {
      const sound = (await browser.tabs.query({ windowId: win.id, audible: true })).length > 0;
      return { watching: settings.countWatching, screen: { focused: true, fullscreenWithSound: sound } };
    }
    const screen = { focused: true, fullscreenWithSound: false };
    if (!settings.countWatching) return { watching: false, screen };
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return { watching: Boolean(tab?.audible) && !tab?.mutedInfo?.muted, screen };
  } catch {
    return AWAY;
  }
}
