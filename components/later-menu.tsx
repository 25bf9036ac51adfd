import { i18n } from '#i18n';
import { isRightToLeft } from '../platform/i18n';
import type { Props as ChoicesProps } from './later-choices';
import { part } from './lazy';

/** The choices load on the click that opens them: most openings never show them. */
const choices = part(() => import('./later-choices'));

interface Props extends ChoicesProps {
  paused: boolean;
  /** Whether the choices are showing (the row around hides its other controls meanwhile). */
  open: boolean;
  onToggle: () => void;
  onResume: () => void;
}

/**
 * "Later": one control that opens, in its own row, to snooze (15, 30, 60 min) or pause (1 hour,
 * the rest of today). While paused it is "Resume now" instead; pause ends by itself anyway.
 */
export function LaterMenu({ paused, open, onToggle, onSnooze, onPause, onResume }: Props) {
  if (paused) {
    return (
      <button type="button" class="small" onClick={onResume}>
        {i18n.t('popup.rest.resume')}
      </button>
    );
  }
  const Choices = choices.get()?.LaterChoices;
  return (
    <>
      <button
        type="button"
        class="small"
        aria-expanded={open}
        aria-controls="later"
        onClick={() => void choices.load().then(onToggle)}
      >
        {i18n.t('popup.rest.later')} {open ? (isRightToLeft() ? '◂' : '▸') : '▾'}
      </button>
      {open && Choices && <Choices onSnooze={onSnooze} onPause={onPause} />}
    </>
  );
}
