/** Whether the person's quiet hours hold right now, and until when, in local time. */
import { minutesUntilQuietEnds } from '../lib/settings/quiet-hours';
import type { Settings } from '../lib/settings/settings';

/** When the quiet hours Attune is in at `now` end (ms epoch), or null outside them. */
export function quietUntil(settings: Settings, now: number): number | null {
  const d = new Date(now);
  const minutes = minutesUntilQuietEnds(settings.quietHours, d.getHours() * 60 + d.getMinutes());
  if (minutes === null) return null;
  d.setSeconds(0, 0);
  return d.getTime() + minutes * 60_000;
}
