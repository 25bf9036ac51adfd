/**
 * The one message protocol from extension pages to the background. Every message is checked
 * against this shape and its sender before anything happens.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { NUDGE_STYLES } from '../lib/settings';
import type { DeferReason } from '../lib/tracker';

export const SNOOZE_MINUTES = [15, 30, 60] as const;

export const requestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  v.object({ type: v.literal('connected') }),
  v.object({ type: v.literal('snooze'), minutes: v.picklist(SNOOZE_MINUTES) }),
  v.object({ type: v.literal('pause'), span: v.picklist(['hour', 'today']) }),
  v.object({ type: v.literal('resume') }),
  /** The options page's "show me a nudge now", in the style just chosen (maybe not saved yet). */
  v.object({ type: v.literal('preview-nudge'), style: v.optional(v.picklist(NUDGE_STYLES)) }),
  /** Stored data was replaced from a page (import, clear stats, reset): forget what is in memory. */
  v.object({ type: v.literal('data-replaced') }),
  v.object({ type: v.literal('status') }),
  /** On a nudge: "Not now" — the wait before the next one restarts, and grows. */
  v.object({ type: v.literal('not-now') }),
  /** On a nudge: "I wasn't alone" — solitary time starts again, no reach-out counted. */
  v.object({ type: v.literal('not-alone') }),
  /** On a nudge: "Less often" — the threshold grows by `LESS_OFTEN_STEP_MIN` (within bounds). */
  v.object({ type: v.literal('less-often') }),
]);

/** How much "Less often" adds to the nudge threshold, in minutes. */
export const LESS_OFTEN_STEP_MIN = 30;

export type Request = v.InferOutput<typeof requestSchema>;

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
}

/** Sends a request to the background; resolves when it has been handled. */
export async function send(request: Exclude<Request, { type: 'status' }>): Promise<void> {
  await browser.runtime.sendMessage(request);
}

/** Asks the background where the session stands right now. */
export async function requestStatus(): Promise<Status> {
  return (await browser.runtime.sendMessage({ type: 'status' } satisfies Request)) as Status;
}
