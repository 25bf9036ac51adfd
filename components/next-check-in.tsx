import { i18n } from '#i18n';
import type { NextCheckIn } from '../lib/tracker/next-check-in';
import { formatDurationWords } from '../lib/words/duration';
import { clockTime, uiLocale } from '../platform/shared/i18n';

/**
 * When Attune may check in next, in one sentence ("Next check-in after 1 h 30 min alone, not
 * before 15:40"), or null when one could come now.
 */
export function nextCheckInText(next: NextCheckIn, minuteMs: number): string | null {
  switch (next.kind) {
    case 'paused':
      return next.restOfDay
        ? i18n.t('popup.next.paused_today')
        : i18n.t('popup.next.paused_until', [clockTime(next.until)]);
    case 'after':
      if (next.notBefore === null) return null;
      return next.aloneMs === null
        ? i18n.t('popup.next.not_before', [clockTime(next.notBefore)])
        : i18n.t('popup.next.after', [
            formatDurationWords(next.aloneMs, minuteMs, uiLocale()),
            clockTime(next.notBefore),
          ]);
    case 'now':
      return null;
  }
}

/**
 * What the person just answered, said back with what comes next: one line, announced. `said` is
 * the acknowledgement ("Noted."), `next` the sentence above (null while it isn't known yet).
 */
export function AnswerLine({ said, next }: { said: string; next: string | null }) {
  return (
    <p class="answer small" role="status">
      {next ? `${said} ${next}`.trim() : said}
    </p>
  );
}
