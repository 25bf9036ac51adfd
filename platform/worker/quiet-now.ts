/** Whether the person's quiet hours hold right now, and until when, in the browser's local time. */
import { quietEndsAt } from '../../lib/settings/quiet-hours';
import type { Settings } from '../../lib/settings/settings';

/** When the quiet hours Attune is in at `now` end (ms epoch), or null outside them. */
export function quietUntil(settings: Settings, now: number): number | null {
  return quietEndsAt(settings.quietHours, now);
}
