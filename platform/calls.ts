/**
 * Calls count as connection (opt-in): an audible tab on a call site the person granted. Without a
 * granted call site nothing about tabs is read — the listeners return before any query.
 */
import { browser } from 'wxt/browser';
import { onTabAudibleChanged } from './compat';
import { dispatch } from './engine';
import { readSettings } from './storage';

/** The call-site patterns the person listed that the browser has actually granted. */
export async function grantedCallSites(): Promise<string[]> {
  const { callSites } = await readSettings();
  const granted = await Promise.all(
    callSites.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return callSites.filter((_, i) => granted[i]);
}

/**
 * Looks for an audible tab on a granted call site and tells the tracker a call started or ended.
 * With no granted site there is nothing to look at; `afterChange` still ends a call that was on
 * when the person removed its site or revoked its permission.
 */
export async function checkCalls(afterChange = false): Promise<void> {
  const sites = await grantedCallSites();
  if (sites.length === 0 && !afterChange) return;
  const onCall = sites.length > 0 && (await browser.tabs.query({ audible: true, url: sites })).length > 0;
  await dispatch((at) => ({ type: onCall ? 'call-start' : 'call-end', at }));
}

/** Registers the tab listeners (synchronously, with the rest of the background). */
export function watchCalls(): void {
  onTabAudibleChanged(() => void checkCalls());
  browser.tabs.onRemoved.addListener(() => void checkCalls());
}
