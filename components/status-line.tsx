import { i18n } from '#i18n';
import { formatDurationWords } from '../lib/duration';
import { clockTime, uiLocale } from '../platform/i18n';
import type { Status } from '../platform/messages';

/** The session in words: "1 h 40 min on your own at the screen", or why Attune is quiet. */
export function statusText(status: Status): string {
  if (status.paused && status.pausedUntil !== null) {
    return i18n.t('popup.status.paused_until', [clockTime(status.pausedUntil)]);
  }
  if (status.away) return i18n.t('popup.status.away');
  const time = formatDurationWords(status.solitaryMs, status.minuteMs, uiLocale());
  return status.snoozedUntil !== null
    ? i18n.t('popup.status.solitary_snoozed', [time, clockTime(status.snoozedUntil)])
    : i18n.t('popup.status.solitary', [time]);
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class="status" aria-live="polite">
      {status ? statusText(status) : '\u00a0'}
    </p>
  );
}
