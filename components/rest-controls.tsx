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
      <div class="row rest" role="group" aria-label="Pause">
        <button type="button" onClick={onResume}>
          Resume now
        </button>
      </div>
    );
  }
  return (
    <div class="row rest">
      <div class="row" role="group" aria-labelledby="snooze-label">
        <span id="snooze-label" class="muted">
          Snooze
        </span>
        {SNOOZE_MINUTES.map((minutes) => (
          <button key={minutes} type="button" onClick={() => onSnooze(minutes)}>
            {minutes} min
          </button>
        ))}
      </div>
      <div class="row" role="group" aria-labelledby="pause-label">
        <span id="pause-label" class="muted">
          Pause
        </span>
        <button type="button" onClick={() => onPause('hour')}>
          1 hour
        </button>
        <button type="button" aria-label="Rest of today" onClick={() => onPause('today')}>
          Today
        </button>
      </div>
    </div>
  );
}
