import { formatDurationWords } from '../lib/duration';
import type { Status } from '../platform/messages';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** The session in words: "1 h 40 min on your own at the screen", or why Attune is quiet. */
export function statusText(status: Status): string {
  if (status.paused && status.pausedUntil !== null) return `Paused until ${clock(status.pausedUntil)}.`;
  if (status.away) return 'On a break from the screen.';
  const time = `${formatDurationWords(status.solitaryMs, status.minuteMs)} on your own at the screen`;
  return status.snoozedUntil !== null ? `${time} · snoozed until ${clock(status.snoozedUntil)}.` : `${time}.`;
}

export function StatusLine({ status }: { status: Status | null }) {
  return (
    <p class="status" aria-live="polite">
      {status ? statusText(status) : '\u00a0'}
    </p>
  );
}
