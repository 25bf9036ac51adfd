/**
 * Surfaces a due nudge the way the person chose, without ever taking focus from another
 * application: when no browser window is focused the tracker defers the nudge until one is.
 */
import { browser } from 'wxt/browser';
import { localDayKey } from '../lib/history/stats';
import type { TrackerEvent } from '../lib/tracker/tracker';
import { lastFocusedNormalWindow, notificationsSupportButtons, openToolbarPopup } from './compat';
import { dispatch, dispatchNow, noteDeferral, type Outcome } from './engine';
import { message } from './i18n';
import { attunePageInFront } from './in-front';
import { lookAtWindow } from './watching';

export const NUDGE_NOTIFICATION = 'attune-nudge';
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
export async function maybeNudge({ view, settings, origin }: Outcome, event: TrackerEvent): Promise<void> {
  if (!view.nudgeDue || event.type === 'context') return;
  if (origin === 'person') {
    // They opened Attune themselves just as a nudge came due: what they see is that nudge, once.
    await recordShown('person');
    return;
  }
  if (!(await rightMoment())) return;
  // Someone reading one of Attune's pages is already with Attune; the nudge waits until they leave.
  if (await attunePageInFront()) {
    await noteDeferral('attune-page');
    return;
  }
  if (settings.nudgeStyle === 'popup') {
    await openCardWithoutTakingFocus();
    return;
  }
  // Recorded before it is shown, inside the current event, so no event queued meanwhile can show
  // the same nudge again.
  await recordShown(settings.nudgeStyle);
  if (settings.nudgeStyle === 'notification') await notify();
  // `badge`: the badge already shows the time in its warm colour; nothing else moves.
}

/** Records the nudge as shown, and how it opened, for the decision log. */
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
 * Opens the card in the focused browser window. The toolbar popup is recorded once it opened (a
 * second `openPopup` would only find it open); the fallback window is recorded before it is created,
 * and only created while a browser window still has focus: Chromium (and Firefox from 149) refuse
 * `openPopup` for a window that isn't focused, and a focused new window would then steal the focus
 * from whatever the person went to.
 */
async function openCardWithoutTakingFocus(): Promise<void> {
  const win = await lastFocusedNormalWindow();
  if (win?.focused && win.id !== undefined && (await openToolbarPopup(win.id, BY_ITSELF))) {
    await recordShown('popup');
    return;
  }
  if (!(await rightMoment())) return;
  await recordShown('window');
  await openCardWindow(BY_ITSELF);
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
