/**
 * Shared, one of the folders platform/ is grouped by: what both the worker and the pages load.
 * `messages.ts` is the one checked message protocol from the pages to the background. Beside it,
 * `i18n.ts` gives Attune's words, numbers and times in the browser's language; and `in-front.ts`
 * asks whether one of Attune's own pages is what the person is looking at. It builds only on lib/
 * and storage.
 *
 * The one message protocol from extension pages to the background. Every message is checked
 * against this shape and its sender before anything happens.
 */
import { browser } from 'wxt/browser';
import type { BackupData } from '../../lib/data/backup';
import { NUDGE_STYLES, type NudgeStyle } from '../../lib/settings/settings';
import type { NextCheckIn } from '../../lib/tracker/next-check-in';
import type { DeferReason } from '../../lib/tracker/tracker';

export const SNOOZE_MINUTES = [15, 30, 60] as const;

/** Every request a page may send, by its `type`. */
export type Request =
  | { type: 'ping' }
  | { type: 'connected' }
  | { type: 'snooze'; minutes: (typeof SNOOZE_MINUTES)[number] }
  | { type: 'pause'; span: 'hour' | 'today' }
  | { type: 'resume' }
  /** The options page's "show me a nudge now", in the style just chosen (maybe not saved yet). */
  | { type: 'preview-nudge'; style?: NudgeStyle }
  | DataRequest
  | { type: 'status' }
  /** On a nudge: "Not now" — the wait before the next one restarts, and grows. */
  | { type: 'not-now' }
  /** On a nudge: "I wasn't alone" — solitary time starts again, no reach-out counted. */
  | { type: 'not-alone' }
  /** On a nudge: "Less often" — the threshold grows by `LESS_OFTEN_STEP_MIN` (within bounds). */
  | { type: 'less-often' };

/** The answers a card gives to hold Attune back ("Not now ▾"), each said back with what comes next. */
export type Answer = Extract<Request, { type: 'not-now' | 'not-alone' | 'less-often' | 'snooze' | 'pause' }>;

/**
 * The pages' writes of history and everything else, which the background applies inside its event
 * queue (platform/worker/data-requests.ts): "Clear history", an import the page has checked, "Reset
 * everything", and finishing an import cut short (the options page asks on opening).
 */
export type DataRequest =
  | { type: 'clear-history' }
  | { type: 'import'; data: BackupData }
  | { type: 'reset' }
  | { type: 'finish-import' };

/** The background's answer to a `DataRequest`. */
export type DataReply =
  | { ok: true; outcome: 'none' | 'completed' | 'rolled-back' }
  | { ok: false; error: string; rollbackError?: string };

const DATA = new Set<string>(['clear-history', 'import', 'reset', 'finish-import']);

/** Whether a checked request is one of the pages' data writes. */
export function isDataRequest(request: Request): request is DataRequest {
  return DATA.has(request.type);
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * An import's data, by shape: the page read the file strictly (`parseBackup`, lib/data/backup.ts)
 * before sending it, and only Attune's own pages get this far (the sender is checked), so the
 * background checks the shape only and loads no schema library (its size budget).
 */
function isImportData(data: unknown): data is BackupData {
  if (!isObject(data)) return false;
  const { settings, contacts, templates, rotation, stats, decisionLog } = data;
  return (
    isObject(settings) &&
    Array.isArray(contacts) &&
    Array.isArray(templates) &&
    (rotation === null || isObject(rotation)) &&
    isObject(stats) &&
    (decisionLog === undefined || Array.isArray(decisionLog))
  );
}

const PLAIN = new Set<Request['type']>([
  'ping',
  'connected',
  'resume',
  'clear-history',
  'reset',
  'finish-import',
  'status',
  'not-now',
  'not-alone',
  'less-often',
]);

/**
 * Checks a message against the protocol: the request with only its known fields, or null when it
 * is not one (an unknown type, a missing or wrong field). Plain checks rather than a schema: the
 * background runs this on every message and its size budget counts each library it loads.
 */
export function parseRequest(message: unknown): Request | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, minutes, span, style, data } = message as Record<string, unknown>;
  if (PLAIN.has(type as Request['type'])) return { type } as Request;
  switch (type) {
    case 'snooze':
      return SNOOZE_MINUTES.includes(minutes as 15) ? { type, minutes: minutes as 15 } : null;
    case 'pause':
      return span === 'hour' || span === 'today' ? { type, span } : null;
    case 'import':
      return isImportData(data) ? { type, data } : null;
    case 'preview-nudge':
      if (style === undefined) return { type };
      return NUDGE_STYLES.includes(style as NudgeStyle) ? { type, style: style as NudgeStyle } : null;
    default:
      return null;
  }
}

/** How much "Less often" adds to the nudge threshold, in minutes. */
export const LESS_OFTEN_STEP_MIN = 30;

/** What the popup shows in its status line, computed by the background at this moment. */
export interface Status {
  solitaryMs: number;
  minuteMs: number;
  away: boolean;
  paused: boolean;
  pausedUntil: number | null;
  snoozedUntil: number | null;
  thresholdMin: number;
  /** Why no nudge is due right now (null: one is due), as the tracker sees it. */
  deferredBy: DeferReason | null;
  /** When the quiet hours Attune is in right now end (ms epoch); null outside them. */
  quietUntil: number | null;
  inCall: boolean;
  /** When Attune may check in next (`lib/tracker/next-check-in.ts`). */
  next: NextCheckIn;
}

/** Sends a request to the background; resolves when it has been handled. */
export async function send(request: Exclude<Request, { type: 'status' }>): Promise<void> {
  await browser.runtime.sendMessage(request);
}

/** Asks the background to apply a data write and says how it went (rejects when it can't be reached). */
export async function sendData(request: DataRequest): Promise<DataReply> {
  const reply = (await browser.runtime.sendMessage(request)) as DataReply | undefined;
  if (!reply) throw new Error('Attune’s background did not answer.');
  return reply;
}

/** Asks the background where the session stands right now. */
export async function requestStatus(): Promise<Status> {
  return (await browser.runtime.sendMessage({ type: 'status' } satisfies Request)) as Status;
}
