/**
 * The pages' writes of history and everything else — "Clear history" (options, Insights), an
 * import, "Reset everything", and finishing an import cut short — applied by the background inside
 * its event queue (`replaceStored` in engine.ts): one writer for the stats and the decision log.
 *
 * Why messages and not one `navigator.locks` lock around every writer: a lock keeps two writes
 * apart, but the worker's memory (the live session, the minutes and counts not saved yet, the
 * snapshot they add to, the decision log) would still be its own older copy, and its next save
 * would put back a cleared day or an old log, or count the minutes before a clear again. In the
 * queue, the write lands between two events and that memory is rebased on it in the same step; an
 * import's two writes can't be rolled back halfway by a second tab either, since finishing an
 * import waits in the same queue (issue 21).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings/settings';
import type { Decision } from '../../lib/tracker/decision-log';
import type { DataReply, DataRequest } from '../shared/messages';
import { applyImport, finishImport, ImportFailed } from '../storage/import-journal';
import { LOCAL_KEYS, SESSION_KEYS } from '../storage/storage-keys';
import { replaceStored, whileQueued } from './engine';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Applies one of the pages' data requests; never rejects (a failure is in the reply). */
export async function handleDataRequest(request: DataRequest): Promise<DataReply> {
  let outcome: Awaited<ReturnType<typeof finishImport>> = 'none';
  try {
    switch (request.type) {
      case 'clear-history':
        await replaceStored(async () => {
          await browser.storage.local.remove(LOCAL_KEYS.stats);
          return undefined;
        });
        break;
      case 'import': {
        const { data } = request;
        await replaceStored(async () => {
          await applyImport(
            {
              [LOCAL_KEYS.contacts]: data.contacts,
              [LOCAL_KEYS.templates]: data.templates,
              [LOCAL_KEYS.stats]: data.stats,
              ...(data.rotation !== null && { [LOCAL_KEYS.rotation]: data.rotation }),
              ...(data.decisionLog && { [LOCAL_KEYS.decisionLog]: data.decisionLog }),
            },
            data.settings as Settings,
            Date.now(),
          );
          // The file's log replaces this browser's, including the lines not saved to disk yet.
          return data.decisionLog ? { log: data.decisionLog as Decision[] } : undefined;
        });
        break;
      }
      case 'reset':
        await giveBackHostAccess();
        await replaceStored(async () => {
          await browser.storage.sync.clear();
          await browser.storage.local.clear();
          await browser.storage.session
            ?.remove([SESSION_KEYS.live, SESSION_KEYS.decisionLog, SESSION_KEYS.pendingStats])
            .catch(() => undefined);
          return { forget: true };
        });
        break;
      case 'finish-import':
        // After any import still being written; put back or completed, the worker reads storage afresh.
        outcome = await whileQueued(finishImport, (done) => done !== 'none');
        break;
    }
  } catch (error) {
    const rollback = error instanceof ImportFailed ? error.rollbackError : undefined;
    return {
      ok: false,
      error: message(error),
      ...(rollback !== undefined && { rollbackError: message(rollback) }),
    };
  }
  return { ok: true, outcome };
}

/**
 * Gives back every host permission the person granted: the call services' origins as well as
 * custom sites (all optional; Attune requires no host access of its own).
 */
async function giveBackHostAccess(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  if (origins.length > 0) await browser.permissions.remove({ origins });
}
