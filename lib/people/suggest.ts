/**
 * Whom to suggest: rhythms, how overdue someone is, and the person to reach next. Apart from
 * `contacts.ts` (which re-exports it), so the popup's prompt loads this without the contact checks.
 * Pure: time is always passed in.
 */
import { isTime, type Rhythm } from './contact';

const DAY = 24 * 60 * 60 * 1000;

/** Length of each rhythm in milliseconds (a month counts as 30 days). */
export const RHYTHM_MS: Readonly<Record<Rhythm, number>> = {
  week: 7 * DAY,
  'two-weeks': 14 * DAY,
  month: 30 * DAY,
};

/** The parts of a contact (`Contact` in contacts.ts) a suggestion looks at. */
export interface Reached {
  id: string;
  rhythm?: Rhythm;
  /** Epoch ms of the last connection with them. */
  lastContactedAt?: number;
}

/**
 * How overdue a contact is against their rhythm, in ms (> 0 means overdue);
 * never contacted with a rhythm counts as infinitely overdue; no rhythm → null.
 */
export function overdueBy(contact: Reached, now: number): number | null {
  if (contact.rhythm === undefined || !(contact.rhythm in RHYTHM_MS)) return null;
  if (!isTime(contact.lastContactedAt)) return Number.POSITIVE_INFINITY;
  return now - contact.lastContactedAt - RHYTHM_MS[contact.rhythm];
}

/**
 * The person to suggest: whoever is most overdue against their rhythm;
 * otherwise whoever was reached least recently (never contacted first, then
 * the oldest last contact). Ties keep list order. `skipIds` are left out
 * (e.g. "someone else"); returns null when no one is left.
 */
export function suggestContact<C extends Reached>(
  contacts: readonly C[],
  now: number,
  skipIds: readonly string[] = [],
): C | null {
  const skip = new Set(skipIds);
  const candidates = contacts.filter((c) => !skip.has(c.id));
  let best: C | null = null;
  let bestOverdue = 0;
  for (const c of candidates) {
    const o = overdueBy(c, now);
    if (o !== null && o > 0 && (best === null || o > bestOverdue)) {
      best = c;
      bestOverdue = o;
    }
  }
  if (best !== null) return best;
  const lastOf = (c: C) => (isTime(c.lastContactedAt) ? c.lastContactedAt : Number.NEGATIVE_INFINITY);
  for (const c of candidates) {
    if (best === null || lastOf(c) < lastOf(best)) best = c;
  }
  return best;
}

/** Marks a contact as reached at `now` (returns a new object). */
export function markContacted<C extends Reached>(contact: C, now: number): C {
  return { ...contact, lastContactedAt: now };
}
