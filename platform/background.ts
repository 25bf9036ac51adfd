/**
 * The background's wiring. Every listener is registered synchronously when the worker starts, as
 * MV3 requires for events to wake it; the work itself lives in `engine.ts` and `lib/`.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { BOUNDS } from '../lib/settings';
import { checkCalls, watchCalls } from './calls';
import { MIN_IDLE_INTERVAL_S, notificationsSupportButtons } from './compat';
import { dispatch, dropCache, HEARTBEAT_MIN, onOutcome, TICK_ALARM } from './engine';
import { LESS_OFTEN_STEP_MIN, type Request, requestSchema, type Status } from './messages';
import { maybeNudge, NUDGE_NOTIFICATION, openCard, readContext, showNudge } from './nudge';
import { quietUntil } from './quiet-now';
import { readSettings, settingsItem, writeSettings } from './storage';
import { MINUTE_MS } from './time-scale';
import { updateToolbar } from './toolbar';

/** Idle after one configured minute without input, never below the browser's 15 s minimum. */
export const IDLE_INTERVAL_S = Math.max(MIN_IDLE_INTERVAL_S, Math.round(MINUTE_MS / 1000));

export function startBackground(): void {
  onOutcome(updateToolbar);
  onOutcome(maybeNudge);
  browser.idle.setDetectionInterval(IDLE_INTERVAL_S);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void dispatch((at) => ({ type: 'tick', at }));
  });
  browser.runtime.onStartup.addListener(() => {
    // The snapshot may be one heartbeat old: a quick restart keeps the session.
    void dispatch((at) => ({ type: 'startup', at, staleMs: HEARTBEAT_MIN * MINUTE_MS }));
  });
  browser.idle.onStateChanged.addListener((state) => {
    void dispatch((at) => ({ type: 'activity', state, at }));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK_ALARM)
      void dispatch((at) => ({ type: 'tick', at, scheduledAt: alarm.scheduledTime }));
  });
  browser.windows.onFocusChanged.addListener(() => {
    void readContext(Date.now()).then((context) => dispatch((at) => ({ ...context, at })));
  });
  settingsItem.watch(() => {
    // New settings take effect at once: re-evaluate the badge, calls and the nudge now.
    void dispatch((at) => ({ type: 'tick', at })).then(() => checkCalls(true));
  });
  watchCalls();
  browser.permissions.onAdded?.addListener(() => void checkCalls(true));
  browser.permissions.onRemoved?.addListener(() => void checkCalls(true));
  browser.notifications.onClicked.addListener((id) => {
    if (id === NUDGE_NOTIFICATION) void openCard().then(() => browser.notifications.clear(id));
  });
  // Firefox has no notification buttons (and logs the listener as unimplemented).
  if (notificationsSupportButtons()) {
    browser.notifications.onButtonClicked.addListener((id, button) => {
      if (id !== NUDGE_NOTIFICATION) return;
      void browser.notifications.clear(id);
      if (button === 0) void openCard();
      else void handleRequest({ type: 'snooze', minutes: 15 });
    });
  }
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = v.safeParse(requestSchema, message);
    if (!parsed.success) return undefined;
    if (parsed.output.type === 'status') return status();
    return handleRequest(parsed.output).then(() => 'ok');
  });
}

/** The end of today, local time: "pause for the rest of today" ends at midnight. */
function endOfToday(now: number): number {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}

/** The session right now, as a tick would see it (which also refreshes the badge). */
async function status(): Promise<Status> {
  const { view, settings } = await dispatch((at) => ({ type: 'tick', at }));
  return {
    solitaryMs: view.solitaryMs,
    minuteMs: MINUTE_MS,
    away: view.away,
    paused: view.paused,
    pausedUntil: view.pausedUntil ?? null,
    snoozedUntil: view.snoozedUntil ?? null,
    thresholdMin: settings.thresholdMin,
    deferredBy: view.deferredBy,
    quietUntil: quietUntil(settings, Date.now()),
    inCall: view.inCall,
  };
}

async function handleRequest(request: Exclude<Request, { type: 'status' }>): Promise<void> {
  switch (request.type) {
    case 'ping':
      return;
    case 'connected':
      await dispatch((at) => ({ type: 'connected', at }));
      return;
    case 'snooze':
      await dispatch((at) => ({ type: 'snooze', until: at + request.minutes * MINUTE_MS, at }));
      return;
    case 'pause':
      await dispatch((at) => ({
        type: 'pause',
        until: request.span === 'hour' ? at + 60 * MINUTE_MS : endOfToday(at),
        at,
      }));
      return;
    case 'resume':
      await dispatch((at) => ({ type: 'resume', at }));
      return;
    case 'preview-nudge':
      await showNudge(request.style ?? (await readSettings()).nudgeStyle);
      return;
    case 'not-now':
      await dispatch((at) => ({ type: 'nudge-dismissed', at }));
      return;
    case 'not-alone':
      await dispatch((at) => ({ type: 'not-alone', at }));
      return;
    case 'less-often': {
      await dispatch((at) => ({ type: 'nudge-dismissed', at }));
      const settings = await readSettings();
      const thresholdMin = Math.min(BOUNDS.thresholdMin.max, settings.thresholdMin + LESS_OFTEN_STEP_MIN);
      if (thresholdMin !== settings.thresholdMin) await writeSettings({ ...settings, thresholdMin });
      return;
    }
    case 'data-replaced':
      await dropCache();
      await dispatch((at) => ({ type: 'tick', at }));
      return;
  }
}
