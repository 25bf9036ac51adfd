import { i18n } from '#i18n';

interface Props {
  onNotNow: () => void;
  onNotAlone: () => void;
  onLessOften: () => void;
}

/**
 * The answers to a nudge that Attune opened by itself: not now (the next one waits longer), "I
 * wasn't alone" (what no browser API sees: a desktop-app meeting, a colleague, a phone call), and
 * less often.
 */
export function NudgeFeedback({ onNotNow, onNotAlone, onLessOften }: Props) {
  return (
    <fieldset class="row feedback">
      <legend class="visually-hidden">{i18n.t('popup.feedback.label')}</legend>
      <button type="button" class="small" onClick={onNotNow}>
        {i18n.t('popup.feedback.not_now')}
      </button>
      <button type="button" class="small" onClick={onNotAlone}>
        {i18n.t('popup.feedback.not_alone')}
      </button>
      <button type="button" class="small" onClick={onLessOften}>
        {i18n.t('popup.feedback.less_often')}
      </button>
    </fieldset>
  );
}
