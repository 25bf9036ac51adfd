/**
 * The worker's glue, one of the folders platform/ is grouped by: what only the background loads.
 * `background.ts` registers every listener when the worker starts. Beside it, `engine.ts` feeds
 * each event to the tracker, saves what follows and keeps the tick alarm; `nudge.ts` opens the
 * card, a notification or just the badge at a good moment; `toolbar.ts` sets the badge and the
 * title; `data-requests.ts` applies the pages' clears, imports and resets inside the event queue;
 * `calls.ts` looks at the tabs of the call services the person granted; `watching.ts` looks at the
 * focused window (sound, fullscreen); `idle.ts` reads the idle state; `quiet-now.ts` says until
 * when quiet hours hold; `compat.ts` keeps the few places where Chromium and Firefox differ; and
 * `time-scale.ts` says how long a minute lasts in this build. It builds on storage and shared; only
 * entrypoints/background/ imports it.
 *
 * The background's wiring. Every listener is registered synchronously when the worker starts, as
 * MV3 requires for events to wake it; the work itself lives in `engine.ts` and `lib/`.
 */
import { browser } from 'wxt/browser';
import { localDayKey } from '../../lib/history/stats';
import type { Settings } from '../../lib/settings/settings';
import { BOUNDS, repairSettings } from '../../lib/settings/settings';
import { nextCheckIn } from '../../lib/tracker/next-check-in';
import {
  type DataRequest,
  isDataRequest,
  LESS_OFTEN_STEP_MIN,
  parseRequest,
  type Request,
  type Status,
} from '../shared/messages';
import { finishImport } from '../storage/import-journal';
import { readSettings, settingsItem, writeSettings } from '../storage/storage';
import { dropRevokedServices, lookAtCalls } from './calls';
import { notificationsSupportButtons } from './compat';
import { handleDataRequest } from './data-requests';
import {
  catchUp,
  dispatch,
  dispatchForAnswer,
  dropCache,
  noteAnswer,
  onOutcome,
  TICK_ALARM,
  WATCH_CHECK_ALARM,
} from './engine';
import { IDLE_INTERVAL_S } from './idle';
import { maybeNudge, NUDGE_NOTIFICATION, openCard, readContext, STILL_CHECK_ALARM, showNudge } from './nudge';
import { quietUntil } from './quiet-now';
import { MINUTE_MS } from './time-scale';
import { updateToolbar } from './toolbar';
import { lookAtWindow } from './watching';

/**
 * A look at the tabs: whether the person is watching and what the granted call places show. Made
 * on every tick and idle change instead of from tab events: Chromium's `tabs.onUpdated` has no
 * filter, and a listener would wake the worker at every page load of every tab.
 */
async function lookAtTabs(settings: Settings) {
  const [seen, call] = await Promise.all([lookAtWindow(settings), lookAtCalls(settings)]);
  return { ...seen, call };
}

/** Dispatches an event that carries nothing but its moment. */
function dispatchAt(type: 'tick' | 'connected' | 'resume' | 'nudge-dismissed' | 'not-alone') {
  return dispatch((at) => ({ type, at }));
}

/** A tick carrying a fresh look at the tabs. */
async function tickWithLook(scheduledAt?: number): Promise<unknown> {
  const seen = await lookAtTabs(await readSettings());
  return dispatch((at) => ({ type: 'tick', at, ...(scheduledAt !== undefined && { scheduledAt }), ...seen }));
}

export function startBackground(): void {
  onOutcome(updateToolbar);
  onOutcome(maybeNudge);
  browser.idle.setDetectionInterval(IDLE_INTERVAL_S);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    void dispatchAt('tick');
  });
  browser.runtime.onStartup.addListener(() => {
    // The browser just started: an import cut short by the last quit is completed or undone first,
    // then the waking worker restores the snapshot and reads the idle state.
    void finishImport()
      .catch(() => 'none')
      .then((done) => (done === 'none' ? undefined : dropCache()))
      .then(() => dispatchAt('tick'));
  });
  browser.idle.onStateChanged.addListener((state) => {
    // Going idle while a film plays is watching, not a break: the look decides.
    void readSettings()
      .then(lookAtTabs)
      .then((seen) => dispatch((at) => ({ type: 'activity', state, at, ...seen })));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_CHECK_ALARM || alarm.name === STILL_CHECK_ALARM) {
      void tickWithLook();
      return;
    }
    if (alarm.name !== TICK_ALARM) return;
    // The tick carries a look at the tabs, so a call that began since the last one holds back a
    // nudge this very tick; a late tick still shows how long the machine slept.
    void tickWithLook(alarm.scheduledTime);
  });
  browser.windows.onFocusChanged.addListener(() => {
    void readContext(Date.now()).then((context) => dispatch((at) => ({ ...context, at })));
  });
  settingsItem.watch((_next, previous) => {
    // The time that passed is judged by the settings it passed under; then the new ones take
    // effect at once: the badge, calls, watching and the nudge are looked at again.
    void catchUp(repairSettings(previous)).then(() => tickWithLook());
  });
  browser.permissions.onAdded?.addListener(() => void tickWithLook());
  // Revoked in the browser: the service is turned off (that settings change looks again).
  browser.permissions.onRemoved?.addListener(
    ({ origins = [] }) =>
      void dropRevokedServices(origins).then((changed) => (changed ? undefined : tickWithLook())),
  );
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
    const request = parseRequest(message);
    if (!request) return undefined;
    if (request.type === 'status') return status();
    if (isDataRequest(request)) return handleDataRequest(request);
    return handleRequest(request).then(() => 'ok');
  });
}

/** The end of today, local time: "pause for the rest of today" ends at midnight. */
function endOfToday(now: number): number {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}

/**
 * The session right now, as a tick would see it (which also refreshes the badge). The person opened
 * Attune themselves, so a nudge due this moment is the card they are looking at.
 */
async function status(): Promise<Status> {
  // Answered as soon as the tick is applied: the popup renders when this comes.
  const { view, settings, state } = await dispatchForAnswer((at) => ({ type: 'tick', at }), 'person');
  const now = Date.now();
  const next = nextCheckIn(state, settings, {
    now,
    solitaryMs: view.solitaryMs,
    minuteMs: MINUTE_MS,
    todayKey: localDayKey(now),
    endOfToday: endOfToday(now),
    quietEndAt: (t) => quietUntil(settings, t),
  });
  // The view's own fields as they are (the popup reads the ones `Status` names), and what it needs besides.
  return {
    ...view,
    minuteMs: MINUTE_MS,
    thresholdMin: settings.thresholdMin,
    quietUntil: quietUntil(settings, now),
    next,
  };
}

async function handleRequest(request: Exclude<Request, { type: 'status' } | DataRequest>): Promise<void> {
  switch (request.type) {
    case 'ping':
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
    case 'preview-nudge':
      await showNudge(request.style ?? (await readSettings()).nudgeStyle);
      return;
    case 'connected':
    case 'resume':
    case 'not-alone':
      await dispatchAt(request.type);
      return;
    case 'not-now':
      await dispatchAt('nudge-dismissed');
      await noteAnswer({ what: 'not-now' });
      return;
    case 'less-often': {
      await dispatchAt('nudge-dismissed');
      const settings = await readSettings();
      const thresholdMin = Math.min(BOUNDS.thresholdMin.max, settings.thresholdMin + LESS_OFTEN_STEP_MIN);
      if (thresholdMin !== settings.thresholdMin) await writeSettings({ ...settings, thresholdMin });
      await noteAnswer({ what: 'less-often', detail: String(thresholdMin) });
      return;
    }
  }
}
