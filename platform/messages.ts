/**
 * The one message protocol from extension pages to the background. Every message is checked
 * against this shape and its sender before anything happens.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { NUDGE_STYLES } from '../lib/settings';

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
]);

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
}

/** Sends a request to the background; resolves when it has been handled. */
export async function send(request: Exclude<Request, { type: 'status' }>): Promise<void> {
  await browser.runtime.sendMessage(request);
}

/** Asks the background where the session stands right now. */
export async function requestStatus(): Promise<Status> {
  return (await browser.runtime.sendMessage({ type: 'status' } satisfies Request)) as Status;
}
