import { i18n } from '#i18n';
import { formatMinutes } from '../lib/words/duration';
import { uiLocale } from '../platform/i18n';
import { SNOOZE_MINUTES } from '../platform/messages';

export interface Props {
  onSnooze: (minutes: (typeof SNOOZE_MINUTES)[number]) => void;
  onPause: (span: 'hour' | 'today') => void;
}

/** What "Later" opens to: snooze (15, 30, 60 min) or pause (1 hour, the rest of today). */
export function LaterChoices({ onSnooze, onPause }: Props) {
  return (
    <span id="later" class="row later">
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.snooze')}</legend>
        {SNOOZE_MINUTES.map((minutes) => (
          <button key={minutes} type="button" class="small" onClick={() => onSnooze(minutes)}>
            {formatMinutes(minutes, uiLocale())}
          </button>
        ))}
      </fieldset>
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.pause')}</legend>
        <button type="button" class="small" onClick={() => onPause('hour')}>
          {i18n.t('popup.rest.hour')}
        </button>
        <button
          type="button"
          class="small"
          aria-label={i18n.t('popup.rest.today_label')}
          onClick={() => onPause('today')}
        >
          {i18n.t('popup.rest.today')}
        </button>
      </fieldset>
    </span>
  );
}
