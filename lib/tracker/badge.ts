/**
 * What the toolbar badge shows. Quiet on purpose: nothing until half the threshold, then a
 * compact count whose colour warms slowly — never red, never flashing.
 */
import { formatDurationWords, wholeMinutes } from '../words/duration';
import { type TextPhrase, textPhrase } from '../words/phrase';
import type { TrackerSettings, TrackerView } from './tracker';

/** Text, background colour (hex) and tooltip (said in the browser's language) for the toolbar button. */
export interface Badge {
  text: string;
  color: string;
  title: TextPhrase;
}

/** Shown while paused: two narrow bars, the pause sign everyone knows, well inside the badge. */
export const PAUSE_MARK = '❚❚';

/**
 * A calm ramp, never an alarm: sage while there is time, ochre near the threshold, a soft plum once
 * it is reached; slate while paused. Each keeps white badge text readable.
 */
export const BADGE_COLORS = {
  calm: '#4F8A6E',
  near: '#9A7A35',
  reached: '#76609A',
  paused: '#66727E',
} as const;

/** From this share of the threshold on, the badge turns ochre. */
const NEAR_SHARE = 0.75;

/**
 * Whole minutes as at most three characters, which every browser's badge shows unclipped:
 * "45m", then whole hours "1h", "2h" … "99h". The minutes past the hour live in the tooltip.
 */
export function compactMinutes(totalMin: number): string {
  const min = Math.max(0, Math.floor(totalMin));
  if (min < 60) return `${min}m`;
  return `${Math.min(99, Math.floor(min / 60))}h`;
}

/** Why Attune is quiet right now, for the tooltip (beyond pause, which the badge shows itself). */
export interface Quiet {
  /** When the quiet hours end (ms epoch), when inside them. */
  quietUntil?: number | null;
}

function reasonTitle(
  view: TrackerView,
  time: string,
  formatClock: (ms: number) => string,
  quiet: Quiet,
): TextPhrase {
  if (view.snoozedUntil !== null) {
    return textPhrase('toolbar.solitary_snoozed', time, formatClock(view.snoozedUntil));
  }
  if (quiet.quietUntil != null)
    return textPhrase('toolbar.solitary_quiet', time, formatClock(quiet.quietUntil));
  if (view.inCall) return textPhrase('toolbar.solitary_call', time);
  if (view.deferredBy === 'daily-cap') return textPhrase('toolbar.solitary_cap', time);
  return textPhrase('toolbar.solitary', time);
}

/**
 * The badge for a view. `formatClock` turns an epoch ms into a local clock time ("14:30") and
 * `locale` words the duration, so the caller picks the language and time zone. The tooltip says
 * why Attune is quiet when it is (snoozed, quiet hours, a call, the day's nudges done).
 */
export function badgeFor(
  view: TrackerView,
  settings: TrackerSettings,
  minuteMs: number,
  formatClock: (ms: number) => string,
  locale = 'en',
  quiet: Quiet = {},
): Badge {
  if (view.paused) {
    const title =
      view.pausedUntil === null
        ? textPhrase('toolbar.paused')
        : textPhrase('toolbar.paused_until', formatClock(view.pausedUntil));
    return { text: PAUSE_MARK, color: BADGE_COLORS.paused, title };
  }
  if (view.away) return { text: '', color: BADGE_COLORS.calm, title: textPhrase('toolbar.away') };
  const title = reasonTitle(view, formatDurationWords(view.solitaryMs, minuteMs, locale), formatClock, quiet);
  const share = view.solitaryMs / (settings.thresholdMin * minuteMs);
  if (share < 0.5) return { text: '', color: BADGE_COLORS.calm, title };
  const color =
    share >= 1 ? BADGE_COLORS.reached : share >= NEAR_SHARE ? BADGE_COLORS.near : BADGE_COLORS.calm;
  return { text: compactMinutes(wholeMinutes(view.solitaryMs, minuteMs)), color, title };
}
