import { i18n } from '#i18n';
import { isLocalMidnight } from '../lib/words/clock';
import { formatDurationWords } from '../lib/words/duration';
import { clockTime, uiLocale } from '../platform/shared/i18n';
import type { Status } from '../platform/shared/messages';

/**
 * The session in words: "1 h 40 min on your own at the screen", and why Attune is quiet when it
 * is — paused, snoozed, quiet hours (until when), in a call, or the day's nudges done.
 */
export function statusText(status: Status): string {
  if (status.paused && status.pausedUntil !== null) {
    return isLocalMidnight(status.pausedUntil)
      ? i18n.t('popup.status.paused_today')
      : i18n.t('popup.status.paused_until', [clockTime(status.pausedUntil)]);
  }
  // Idle for a moment (a card Attune opened at a still moment: nobody has touched anything for 15 s)
  // is no break: the time alone still stands until the break ends the session and resets it.
  if (status.away && status.solitaryMs < status.minuteMs) {
    return status.quietUntil !== null
      ? i18n.t('popup.status.away_quiet', [clockTime(status.quietUntil)])
      : i18n.t('popup.status.away');
  }
  const time = formatDurationWords(status.solitaryMs, status.minuteMs, uiLocale());
  if (status.snoozedUntil !== null) {
    return i18n.t('popup.status.solitary_snoozed', [time, clockTime(status.snoozedUntil)]);
  }
  if (status.quietUntil !== null) {
    return i18n.t('popup.status.solitary_quiet', [time, clockTime(status.quietUntil)]);
  }
  if (status.inCall) return i18n.t('popup.status.solitary_call', [time]);
  if (status.deferredBy === 'daily-cap') return i18n.t('popup.status.solitary_cap', [time]);
  return i18n.t('popup.status.solitary', [time]);
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class="status" aria-live="polite">
      {status ? statusText(status) : '\u00a0'}
    </p>
  );
}
