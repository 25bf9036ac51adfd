/**
 * Watching: the person is idle, but the front tab of the focused window plays sound (and is not
 * muted) or that window is fullscreen. Reading `audible`, `mutedInfo` and a window's state needs no
 * permission. Music in a background tab, a muted tab or a window without focus (a screen locker has
 * it) is not watching.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings';
import { lastFocusedNormalWindow } from './compat';

export async function watchingNow(settings: Pick<Settings, 'countWatching'>): Promise<boolean> {
  if (!settings.countWatching) return false;
  try {
    const win = await lastFocusedNormalWindow();
    if (!win?.focused || win.id === undefined) return false;
    if (win.state === 'fullscreen') return true;
    const [tab] = await browser.tabs.query({ active: true, windowId: win.id });
    return Boolean(tab?.audible) && !tab?.mutedInfo?.muted;
  } catch {
    return false;
  }
}
