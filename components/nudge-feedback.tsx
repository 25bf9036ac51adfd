import { i18n } from '#i18n';
import { formatDurationWords } from '../lib/words/duration';
import { uiLocale } from '../platform/i18n';
import type { Status } from '../platform/messages';

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

/** What an answer changed, said once it is done; after "Less often", when the next nudge may come. */
export function FeedbackNote({ text, status }: { text: string; status: Status | null }) {
  return (
    <p class="thanks small" role="status">
      {text}
      {status && text === i18n.t('popup.feedback.waits_longer')
        ? ` ${i18n.t('popup.feedback.next_after', [formatDurationWords(status.thresholdMin * status.minuteMs, status.minuteMs, uiLocale())])}`
        : ''}
    </p>
  );
}

/** On a card Attune opened by itself: who and the message wait behind one deliberate click. */
export function Veiled({ onShow }: { onShow: () => void }) {
  return (
    <section class="reach-out veiled" aria-labelledby="veiled-title">
      <h2 id="veiled-title">{i18n.t('popup.veiled.title')}</h2>
      <div class="row">
        <button type="button" class="primary" onClick={onShow}>
          {i18n.t('popup.veiled.show')}
        </button>
        <span class="muted small">{i18n.t('popup.veiled.why')}</span>
      </div>
    </section>
  );
}
