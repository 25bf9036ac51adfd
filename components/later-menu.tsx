import { i18n } from '#i18n';
import { formatMinutes } from '../lib/words/duration';
import { uiLocale } from '../platform/i18n';
import { SNOOZE_MINUTES } from '../platform/messages';

interface Props {
  paused: boolean;
  /** Whether the choices are showing (the row around hides its other controls meanwhile). */
  open: boolean;
  onToggle: () => void;
  onSnooze: (minutes: (typeof SNOOZE_MINUTES)[number]) => void;
  onPause: (span: 'hour' | 'today') => void;
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
  return (
    <>
      <button type="button" class="small" aria-expanded={open} aria-controls="later" onClick={onToggle}>
        {i18n.t('popup.rest.later')} {open ? '▸' : '▾'}
      </button>
      {open && (
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
      )}
    </>
  );
}
