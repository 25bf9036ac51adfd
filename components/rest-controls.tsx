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
          Resume now
        </button>
      </div>
    );
  }
  return (
    <div class="row rest">
      <fieldset class="row">
        <legend class="muted">Snooze</legend>
        {SNOOZE_MINUTES.map((minutes) => (
          <button key={minutes} type="button" onClick={() => onSnooze(minutes)}>
            {minutes} min
          </button>
        ))}
      </fieldset>
      <fieldset class="row">
        <legend class="muted">Pause</legend>
        <button type="button" onClick={() => onPause('hour')}>
          1 hour
        </button>
        <button type="button" aria-label="Rest of today" onClick={() => onPause('today')}>
          Today
        </button>
      </fieldset>
    </div>
  );
}
