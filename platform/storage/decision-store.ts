/**
 * The decision log as the options page reads it: the copy saved with the last snapshot
 * (`storage.local`) or, when it goes further, the one the background keeps with its live state
 * (`storage.session`, written at every event). Only the background writes it
 * (platform/worker/engine.ts).
 */
import { browser } from 'wxt/browser';
import { type Decision, newerLog, parseDecisionLog } from '../../lib/tracker/decision-log';
import { LOCAL_KEYS, SESSION_KEYS } from './storage-keys';

/** The newer of the two copies (see `newerLog`), oldest first; damaged entries are left out. */
export async function readDecisionLog(): Promise<readonly Decision[]> {
  const session = browser.storage.session as typeof browser.storage.local | undefined;
  const [local, live] = await Promise.all([
    browser.storage.local.get(LOCAL_KEYS.decisionLog).catch(() => ({}) as Record<string, unknown>),
    (session?.get(SESSION_KEYS.decisionLog) ?? Promise.resolve({})).catch(
      () => ({}) as Record<string, unknown>,
    ),
  ]);
  return newerLog(
    parseDecisionLog((local as Record<string, unknown>)[LOCAL_KEYS.decisionLog]),
    parseDecisionLog((live as Record<string, unknown>)[SESSION_KEYS.decisionLog]),
  );
}

/** Calls `onChange` with the log now and whenever either copy changes; returns the unsubscribe. */
export function watchDecisionLog(onChange: (log: readonly Decision[]) => void): () => void {
  const load = () => void readDecisionLog().then(onChange);
  const listener = (changes: Record<string, unknown>, area: string) => {
    const key = area === 'session' ? SESSION_KEYS.decisionLog : LOCAL_KEYS.decisionLog;
    if ((area === 'local' || area === 'session') && key in changes) load();
  };
  load();
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
