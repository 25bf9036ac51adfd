/**
 * What the toolbar badge shows. Quiet on purpose: nothing until half the threshold, then a
 * compact count whose colour warms slowly — never red, never flashing.
 */
import { formatDurationWords, wholeMinutes } from './duration';
import { type Phrase, phrase } from './phrase';
import type { TrackerSettings, TrackerView } from './tracker';

/** Text, background colour (hex) and tooltip (said in the browser's language) for the toolbar button. */
export interface Badge {
  text: string;
  color: string;
  title: Phrase;
}

/** Shown while paused; two characters so it fits the badge's four. */
export const PAUSE_MARK = '❚❚';

/** Calm palette: soft green early, amber near the threshold, a warm rose once it is reached. */
export const BADGE_COLORS = {
  calm: '#5E9E7E',
  near: '#C9953A',
  reached: '#C2667A',
  paused: '#7A8794',
} as const;

/** From this share of the threshold on, the badge turns amber. */
const NEAR_SHARE = 0.75;

/**
 * Whole minutes as at most four characters: "45m", "1h20", "2h", "12h", "99h+".
 * Past ten hours the minutes no longer fit and no longer matter.
 */
export function compactMinutes(totalMin: number): string {
  const min = Math.max(0, Math.floor(totalMin));
  if (min < 60) return `${min}m`;
  const hours = Math.floor(min / 60);
  if (hours >= 100) return '99h+';
  const rest = min % 60;
  return rest === 0 || hours >= 10 ? `${hours}h` : `${hours}h${String(rest).padStart(2, '0')}`;
}

/**
 * The badge for a view. `formatClock` turns an epoch ms into a local clock time ("14:30") and
 * `locale` words the duration, so the caller picks the language and time zone.
 */
export function badgeFor(
  view: TrackerView,
  settings: TrackerSettings,
  minuteMs: number,
  formatClock: (ms: number) => string,
  locale = 'en',
): Badge {
  if (view.paused) {
    const title =
      view.pausedUntil === undefined
        ? phrase('toolbar.paused')
        : phrase('toolbar.paused_until', formatClock(view.pausedUntil));
    return { text: PAUSE_MARK, color: BADGE_COLORS.paused, title };
  }
  if (view.away) return { text: '', color: BADGE_COLORS.calm, title: phrase('toolbar.away') };
  const title = phrase('toolbar.solitary', formatDurationWords(view.solitaryMs, minuteMs, locale));
  const share = view.solitaryMs / (settings.thresholdMin * minuteMs);
  if (share < 0.5) return { text: '', color: BADGE_COLORS.calm, title };
  const color =
    share >= 1 ? BADGE_COLORS.reached : share >= NEAR_SHARE ? BADGE_COLORS.near : BADGE_COLORS.calm;
  return { text: compactMinutes(wholeMinutes(view.solitaryMs, minuteMs)), color, title };
}
