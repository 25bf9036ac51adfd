import { i18n } from '#i18n';
import type { Props as ChoicesProps } from './decline-choices';
import { part } from './lazy';

/** The choices load on the click that opens them: most openings never show them. */
const choices = part(() => import('./decline-choices'));

interface Props extends ChoicesProps {
  paused: boolean;
  /** Whether the choices are showing (the row around hides its other controls meanwhile). */
  open: boolean;
  onToggle: () => void;
  onResume: () => void;
}

/**
 * "Not now ▾": the one quiet way to decline, at the bottom of the card. It opens, in its own row,
 * to every answer that holds Attune back — not now, I wasn't alone, less often, snooze (15, 30,
 * 60 min), pause (1 hour, the rest of today). While paused it is "Resume now" instead; a pause
 * ends by itself anyway.
 */
export function DeclineMenu({ paused, open, onToggle, onAnswer, onResume }: Props) {
  if (paused) {
    return (
      <button type="button" class="small" onClick={onResume}>
        {i18n.t('popup.rest.resume')}
      </button>
    );
  }
  const Choices = choices.get()?.DeclineChoices;
  return (
    <>
      <button
        type="button"
        class="small"
        aria-expanded={open}
        aria-controls="decline"
        onClick={() => void choices.load().then(onToggle)}
      >
        {i18n.t('popup.feedback.not_now')} {open ? '▴' : '▾'}
      </button>
      {open && Choices && <Choices onAnswer={onAnswer} />}
    </>
  );
}
