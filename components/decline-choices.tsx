import { i18n } from '#i18n';
import { formatMinutes } from '../lib/words/duration';
import { uiLocale } from '../platform/shared/i18n';
import { type Answer, SNOOZE_MINUTES } from '../platform/shared/messages';

export interface Props {
  onAnswer: (answer: Answer) => void;
}

/**
 * What "Not now ▾" opens to: the answers to this moment (not now, I wasn't alone, less often),
 * then snooze (15, 30, 60 min) and pause (1 hour, the rest of today).
 */
export function DeclineChoices({ onAnswer }: Props) {
  return (
    <span id="decline" class="row decline">
      <fieldset class="row">
        <legend class="visually-hidden">{i18n.t('popup.feedback.label')}</legend>
        <button type="button" class="small" onClick={() => onAnswer({ type: 'not-now' })}>
          {i18n.t('popup.feedback.not_now')}
        </button>
        <button type="button" class="small" onClick={() => onAnswer({ type: 'not-alone' })}>
          {i18n.t('popup.feedback.not_alone')}
        </button>
        <button type="button" class="small" onClick={() => onAnswer({ type: 'less-often' })}>
          {i18n.t('popup.feedback.less_often')}
        </button>
      </fieldset>
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.snooze')}</legend>
        {SNOOZE_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            class="small"
            onClick={() => onAnswer({ type: 'snooze', minutes })}
          >
            {formatMinutes(minutes, uiLocale())}
          </button>
        ))}
      </fieldset>
      <fieldset class="row">
        <legend class="muted">{i18n.t('popup.rest.pause')}</legend>
        <button type="button" class="small" onClick={() => onAnswer({ type: 'pause', span: 'hour' })}>
          {i18n.t('popup.rest.hour')}
        </button>
        <button
          type="button"
          class="small"
          aria-label={i18n.t('popup.rest.today_label')}
          onClick={() => onAnswer({ type: 'pause', span: 'today' })}
        >
          {i18n.t('popup.rest.today')}
        </button>
      </fieldset>
    </span>
  );
}
