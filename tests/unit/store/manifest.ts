/** The manifest wxt.config.ts declares for a browser, as WXT's production build would ask for it. */
import type { Browser } from 'wxt/browser';
import config from '../../../wxt.config';

type Manifest = Browser.runtime.Manifest & {
  optional_host_permissions?: string[];
  browser_specific_settings?: Record<string, Record<string, unknown>>;
};

export function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: expected a manifest function');
  return manifest({
    browser,
    manifestVersion: browser === 'firefox' ? 2 : 3,
    mode: 'production',
    command: 'build',
  }) as Manifest;
}
