/**
 * Addresses of Attune's own pages, for links in components: `runtime.getURL` is a browser API, so
 * components ask here instead of touching `browser.*` themselves.
 */
import { browser, type PublicPath } from 'wxt/browser';

/** The full address of one of the extension's pages (`/privacy.html`). */
export function pageUrl(path: PublicPath): string {
  return browser.runtime.getURL(path);
}
