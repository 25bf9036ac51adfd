import { i18n } from '#i18n';
import { formatMinutes } from '../lib/duration';
import { uiLocale } from '../platform/i18n';
import { SNOOZE_MINUTES } from '../platform/messages';

interface Props {
  paused: boolean;
  onSnooze: (minutes: (typeof SNOOZE_MINUTES)[number]) => void;
  onPause: (span: 'hour' | 'today') => void;
  onResume: () => void;
}

/** One click to snooze or pause; pause ends by itself. */
export function RestControls({ paused, onSnooze, onPause, onResume }: Props) {
  if (paused) {
    return (
      <div class="row rest">
        <button type="button" onClick={onResume}>
          {i18n.t('popup.rest.resume')}
        </button>
      </div>
    );
  }
  return (
    <div class="row rest">
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.snooze')}</legend>
        {SNOOZE_MINUTES.map((minutes) => (
          <button key={minutes} type="button" onClick={() => onSnooze(minutes)}>
            {formatMinutes(minutes, uiLocale())}
          </button>
        ))}
      </fieldset>
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.pause')}</legend>
        <button type="button" onClick={() => onPause('hour')}>
          {i18n.t('popup.rest.hour')}
        </button>
        <button type="button" aria-label={i18n.t('popup.rest.today_label')} onClick={() => onPause('today')}>
          {i18n.t('popup.rest.today')}
        </button>
      </fieldset>
    </div>
  );
}
