/**
 * Calls count as connection (opt-in): an audible tab on a call site the person granted. Without a
 * granted call site nothing about tabs is read.
 */
import { browser } from 'wxt/browser';
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
 * Looks for an audible tab on a granted call site and tells the tracker when a call started or
 * ended (`inCall`: what the tracker believes now). Called on the tick and on idle changes rather
 * than from tab events: Chromium's `tabs.onUpdated` has no filter, and a listener would wake the
 * worker at every page load of every tab. With no granted site nothing about tabs is read.
 */
export async function checkCalls(inCall: boolean): Promise<void> {
  const sites = await grantedCallSites();
  if (sites.length === 0 && !inCall) return;
  const onCall = sites.length > 0 && (await browser.tabs.query({ audible: true, url: sites })).length > 0;
  if (onCall !== inCall) await dispatch((at) => ({ type: onCall ? 'call-start' : 'call-end', at }));
}
