/**
 * Calls count as connection (opt-in): the tabs of the call services and sites the person turned on
 * AND granted are read on each look (their address and whether they play sound), nothing else.
 * Without a granted one, no tab is read at all.
 */
import { browser } from 'wxt/browser';
import {
  CALL_PLACES,
  type CallPlace,
  type CallSample,
  NO_CALL,
  sampleCalls,
} from '../../lib/calls/call-places';
import type { Settings } from '../../lib/settings/settings';
import { readSettings, writeSettings } from '../storage/storage';

/** Whether all these origins are granted; a browser that can't tell means no. */
async function has(origins: readonly string[]): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...origins] });
  } catch {
    return false;
  }
}

/** The services turned on and custom sites listed that the browser has actually granted. */
export async function grantedCallPlaces(
  settings: Pick<Settings, 'callServices' | 'callSites'>,
): Promise<[services: CallPlace[], sites: string[]]> {
  const listed = CALL_PLACES.filter((s) => settings.callServices.includes(s.id));
  return Promise.all([
    Promise.all(listed.map((s) => has(s.origins))).then((ok) => listed.filter((_, i) => ok[i])),
    Promise.all(settings.callSites.map((site) => has([site]))).then((ok) =>
      settings.callSites.filter((_, i) => ok[i]),
    ),
  ]);
}

/** What the granted call places show right now; `NO_CALL` (without reading a tab) when none. */
export async function lookAtCalls(
  settings: Pick<Settings, 'callServices' | 'callSites'>,
): Promise<CallSample> {
  const [services, sites] = await grantedCallPlaces(settings);
  const origins = [...services.flatMap((s) => s.origins), ...sites];
  if (origins.length === 0) return NO_CALL;
  try {
    const tabs = await browser.tabs.query({ url: origins });
    return sampleCalls(
      tabs.map((tab) => ({ url: tab.url, audible: Boolean(tab.audible) && !tab.mutedInfo?.muted })),
      services,
      sites,
    );
  } catch {
    return NO_CALL;
  }
}

/**
 * A service whose sites were just revoked in the browser (`removed`, the origins the browser says it
 * took back) is turned off in the settings too, so the options page and the background agree.
 * Only those: the settings sync to the person's other browsers, where the grants are their own.
 * Returns whether anything changed.
 */
export async function dropRevokedServices(removed: readonly string[]): Promise<boolean> {
  const settings = await readSettings();
  const kept = settings.callServices.filter(
    (id) => !CALL_PLACES.find((s) => s.id === id)?.origins.some((o) => removed.includes(o)),
  );
  if (kept.length === settings.callServices.length) return false;
  await writeSettings({ ...settings, callServices: kept });
  return true;
}
