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

/** Whether a call is on right now; null when no call site is granted (nothing about tabs is read). */
export async function callOnNow(): Promise<boolean | null> {
  const sites = await grantedCallSites();
  if (sites.length === 0) return null;
  return (await browser.tabs.query({ audible: true, url: sites })).length > 0;
}

/**
 * Tells the tracker whether a call is on (a start or end it already knows changes nothing). Done on
 * each tick (which carries it, see `callOnNow`) and on idle changes rather than from tab events:
 * Chromium's `tabs.onUpdated` has no filter, and a listener would wake the worker at every page load
 * of every tab. With no granted call site nothing is said, unless `afterChange` (a site was removed
 * or its permission revoked: a call that was on has ended).
 */
export async function lookForCalls(afterChange = false): Promise<void> {
  const on = await callOnNow();
  if (on === null && !afterChange) return;
  await dispatch((at) => ({ type: on ? 'call-start' : 'call-end', at }));
}
