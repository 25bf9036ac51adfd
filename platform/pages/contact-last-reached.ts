/** When someone was last reached, in words: "Last reached 3 days ago" / "Not reached yet". */
import { i18n } from '#i18n';
import { uiLocale } from '../shared/i18n';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** `lastContactedAt` relative to `now` (both epoch ms), in the given locale (the UI's by default). */
export function lastReachedText(
  lastContactedAt: number | undefined,
  now: number,
  locale = uiLocale(),
): string {
  if (lastContactedAt === undefined) return i18n.t('contact.never_reached');
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // A clock that was ahead must not say "in 2 days".
  const elapsed = Math.max(0, now - lastContactedAt);
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms)
      return i18n.t('contact.last_reached', [format.format(-Math.floor(elapsed / ms), unit)]);
  }
  return i18n.t('contact.last_reached_now');
}
