/** The shortcut that opens Attune, as this platform writes it (for pages that mention it). */
import { browser } from 'wxt/browser';
import { formatShortcut } from '../../lib/words/shortcut';

/** Null when the person removed it, or where the browser can't say. */
export async function openShortcut(): Promise<string | null> {
  try {
    const [commands, { os }] = await Promise.all([
      browser.commands.getAll(),
      browser.runtime.getPlatformInfo(),
    ]);
    const open = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
    return formatShortcut(open?.shortcut, os);
  } catch {
    return null;
  }
}
