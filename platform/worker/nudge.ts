/**
 * Surfaces a due nudge the way the person chose, without ever taking focus from another
 * application: when no browser window is focused the tracker defers the nudge until one is.
 */
import { browser } from 'wxt/browser';
import { localDayKey } from '../../lib/history/stats';
import { knockDue, reviseOpening, STILL_S, TYPING } from '../../lib/tracker/still-moment';
import type { TrackerEvent } from '../../lib/tracker/tracker';
import { message } from '../shared/i18n';
import { attunePageInFront } from '../shared/in-front';
import {
  lastFocusedNormalWindow,
  notificationsAllowed,
  notificationsSupportButtons,
  openToolbarPopup,
  toolbarPopupCanOpen,
} from './compat';
import { dispatch, dispatchNow, noteDecision, noteDeferral, type Outcome, reviseLogLater } from './engine';
import { inputRested } from './idle';
import { MINUTE_MS } from './time-scale';
import { lookAtWindow } from './watching';

export const NUDGE_NOTIFICATION = 'attune-nudge';
/** A one-off look once the input could have rested, while a nudge waits for a still moment. */
export const STILL_CHECK_ALARM = 'attune-still-check';
/** The query that tells the card Attune opened it by itself. */
const BY_ITSELF = 'nudge=1';
const CARD_WINDOW = { width: 400, height: 640 };

type ContextEvent = Extract<TrackerEvent, { type: 'context' }>;

/** What the browser's windows look like right now, as the tracker's `context` event. */
export async function readContext(now: number): Promise<ContextEvent> {
  const { screen } = await lookAtWindow({ countWatching: false });
  return { type: 'context', ...screen, at: now };
}

/** After each event: when a nudge is due and the moment is right, show it once. */
export async function maybeNudge(outcome: Outcome, event: TrackerEvent): Promise<void> {
  const { view, settings, origin } = outcome;
  if (event.type === 'context' || !(view.nudgeDue || cameToRest(outcome, event))) return;
  if (origin === 'person') {
    // They opened Attune themselves just as a nudge came due: what they see is that nudge, once.
    // A worker woken cold has not looked at the screen yet: over a fullscreen video the nudge
    // waits, as it does for a worker that had looked.
    const context = await readContext(Date.now());
    if (context.fullscreenWithSound) void dispatch((at) => ({ ...context, at }));
    else await recordShown('person');
    return;
  }
  if (!(await rightMoment())) return;
  // Someone reading one of Attune's pages is already with Attune; the nudge waits until they leave.
  if (await attunePageInFront()) {
    await noteDeferral('attune-page');
    return;
  }
  if (settings.nudgeStyle === 'popup') {
    await openAtStillMoment();
    return;
  }
  // Recorded before it is shown, inside the current event, so no event queued meanwhile can show
  // the same nudge again.
  await recordShown(settings.nudgeStyle);
  if (settings.nudgeStyle === 'notification') await notify();
  // `badge`: the badge already shows the time in its warm colour; nothing else moves.
}

/**
 * The input just came to rest while a nudge was due: the idle change itself is the still moment
 * (where the browser's idle interval is as short as `STILL_S`, it comes before any tick sees it).
 */
function cameToRest({ view, dueBefore }: Outcome, event: TrackerEvent): boolean {
  return dueBefore && view.deferredBy === 'away' && event.type === 'activity' && event.state === 'idle';
}

/**
 * The card opens only at a still moment; while input flows it waits (a check is set for when the
 * input could have rested, as the tick may be a minute away), and a long wait knocks once.
 */
async function openAtStillMoment(): Promise<void> {
  if (!(await inputRested())) {
    const log = await noteDeferral(TYPING);
    await browser.alarms.create(STILL_CHECK_ALARM, { when: Date.now() + (STILL_S + 1) * 1000 });
    if (knockDue(log, Date.now(), MINUTE_MS)) await knock();
    return;
  }
  const win = await lastFocusedNormalWindow();
  if (!win?.focused || win.id === undefined) return;
  // Recorded inside the event, so it shows once; opened outside it, because the browser may hold
  // the open until it sees a pause in typing (Chromium: tens of seconds), and the queue must not
  // wait: the card's own status request, the ticks and the idle changes go on meanwhile.
  await recordShown(toolbarPopupCanOpen() ? 'popup' : 'window');
  void openCardNow(win.id);
}

/**
 * Opens the card Attune decided to show: the toolbar popup, else a small window (only while the
 * moment is still right: a focused new window would take the focus from whatever the person went
 * to), else a knock so the nudge recorded as shown is not lost. Says in the log how it opened.
 */
async function openCardNow(windowId: number): Promise<void> {
  const revise = (how: 'popup' | 'window' | 'knock') =>
    reviseLogLater((log) => reviseOpening(log, how, Date.now()));
  if (await openToolbarPopup(windowId, BY_ITSELF)) {
    await revise('popup');
    return;
  }
  if ((await inputRested()) && (await focusedNow())) {
    await revise('window');
    await openCardWindow(BY_ITSELF).catch(() => undefined);
    return;
  }
  await revise('knock');
  await notifyIfAllowed();
}

/** Knocks without taking focus: the badge shows the waiting moment; a notification where allowed. */
async function knock(): Promise<void> {
  await noteDecision({ what: 'knock' });
  await notifyIfAllowed();
}

async function notifyIfAllowed(): Promise<void> {
  try {
    if (!(await notificationsAllowed())) return;
    await notify();
  } catch {
    // No notification: the badge still shows the moment waiting.
  }
}

async function focusedNow(): Promise<boolean> {
  const context = await readContext(Date.now());
  return context.focused && !context.fullscreenWithSound;
}

/** Records the nudge as shown (inside the event), and how it opens (revised if the browser refuses). */
function recordShown(how: 'popup' | 'window' | 'notification' | 'badge' | 'person'): Promise<Outcome> {
  return dispatchNow((at) => ({ type: 'nudge-shown', at, dayKey: localDayKey(at) }), {
    what: 'nudge',
    detail: how,
  });
}

/**
 * Whether a browser window has focus and no fullscreen video plays. If not, the tracker is told, and
 * it defers the nudge until the moment is right.
 */
async function rightMoment(): Promise<boolean> {
  const context = await readContext(Date.now());
  if (context.focused && !context.fullscreenWithSound) return true;
  void dispatch((at) => ({ ...context, at }));
  return false;
}

/**
 * Shows the nudge in a style now (the options page's preview: exactly what a nudge shows, so the
 * card opens as it would by itself, marked as a preview so its answers change nothing).
 */
export async function showNudge(style: 'popup' | 'notification' | 'badge'): Promise<void> {
  if (style === 'popup') await openCard(`${BY_ITSELF}&preview=1`);
  else if (style === 'notification') await notify();
}

/**
 * Opens the reflection card: the toolbar popup where the browser allows it, else a small window.
 * `query` `nudge=1` marks a card Attune opened by itself: the popup then holds back keystrokes and
 * names until the person moves (see entrypoints/popup).
 */
export async function openCard(query = ''): Promise<void> {
  const win = await lastFocusedNormalWindow();
  if (win?.id !== undefined && (await openToolbarPopup(win.id, query))) return;
  await openCardWindow(query);
}

function openCardWindow(query: string): Promise<unknown> {
  return browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?window=1${query ? `&${query}` : ''}`),
    type: 'popup',
    ...CARD_WINDOW,
    focused: true,
  });
}

async function notify(): Promise<void> {
  await browser.notifications.create(NUDGE_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: message('nudge.title'),
    message: message('nudge.message'),
    ...(notificationsSupportButtons() && {
      buttons: [{ title: message('nudge.text_someone') }, { title: message('nudge.snooze') }],
    }),
  });
}
