/**
 * What the toolbar badge shows. Calm on purpose: a running tally of time alone reads as a meter to a
 * lonely person, so the badge stays empty; it shows a small dot when a moment for connection is
 * waiting and a small mark while paused. The minutes live in the title (hover) and the popup; the
 * setting "Show minutes on the toolbar button" brings back a compact count whose colour warms
 * slowly — never red, never flashing.
 */
import { isLocalMidnight } from '../words/clock';
import { formatDurationWords, wholeMinutes } from '../words/duration';
import { type TextPhrase, textPhrase } from '../words/phrase';
import type { TrackerSettings, TrackerView } from './tracker';

/** Text, background colour (hex) and tooltip (said in the browser's language) for the toolbar button. */
export interface Badge {
  text: string;
  color: string;
  title: TextPhrase;
}

/**
 * Shown while paused: one narrow double bar, the pause sign in a single thin glyph, so the badge
 * (as wide as its text) covers little of the 16 px icon ("❚❚" covered most of it).
 */
export const PAUSE_MARK = '‖';

/** Shown when a moment is waiting (a nudge is due, or knocked and not yet answered): one small dot. */
export const WAITING_MARK = '•';

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

/** What the badge needs besides the tracker's view. */
export interface BadgeContext {
  /** When the quiet hours end (ms epoch), when inside them: the tooltip says why Attune is quiet. */
  quietUntil?: number | null;
  /** The person's setting "Show minutes on the toolbar button" (off by default). */
  showMinutes?: boolean;
  /**
   * A moment is waiting beyond what the view says: the card knocked and was not opened yet, or the
   * `badge` nudge style showed its nudge. A due nudge (`view.nudgeDue`) is waiting by itself.
   */
  waiting?: boolean;
}

function reasonTitle(
  view: TrackerView,
  time: string,
  formatClock: (ms: number) => string,
  quiet: BadgeContext,
  waiting: boolean,
): TextPhrase {
  if (waiting) return textPhrase('toolbar.solitary_waiting', time);
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
 * `locale` words the duration, so the caller picks the language and time zone. The tooltip gives
 * the minutes and says why Attune is quiet when it is (snoozed, quiet hours, a call, the day's
 * nudges done) or that a moment is waiting.
 */
export function badgeFor(
  view: TrackerView,
  settings: TrackerSettings,
  minuteMs: number,
  formatClock: (ms: number) => string,
  locale = 'en',
  context: BadgeContext = {},
): Badge {
  if (view.paused)
    return { text: PAUSE_MARK, color: BADGE_COLORS.paused, title: pausedTitle(view, formatClock) };
  if (view.away) return { text: '', color: BADGE_COLORS.calm, title: textPhrase('toolbar.away') };
  const waiting = view.nudgeDue || context.waiting === true;
  const time = formatDurationWords(view.solitaryMs, minuteMs, locale);
  const title = reasonTitle(view, time, formatClock, context, waiting);
  const share = view.solitaryMs / (settings.thresholdMin * minuteMs);
  const color =
    share >= 1 ? BADGE_COLORS.reached : share >= NEAR_SHARE ? BADGE_COLORS.near : BADGE_COLORS.calm;
  if (context.showMinutes && share >= 0.5) {
    return { text: compactMinutes(wholeMinutes(view.solitaryMs, minuteMs)), color, title };
  }
  if (waiting) return { text: WAITING_MARK, color: BADGE_COLORS.reached, title };
  return { text: '', color: BADGE_COLORS.calm, title };
}

/** "Paused until 14:30", or "paused for the rest of today" for a pause that ends at midnight. */
function pausedTitle(view: TrackerView, formatClock: (ms: number) => string): TextPhrase {
  if (view.pausedUntil === null) return textPhrase('toolbar.paused');
  if (isLocalMidnight(view.pausedUntil)) return textPhrase('toolbar.paused_today');
  return textPhrase('toolbar.paused_until', formatClock(view.pausedUntil));
}
