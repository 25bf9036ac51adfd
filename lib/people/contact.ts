/**
 * A person as stored (and the checks of its plain fields), on their own so the modules that read contacts (`channels.ts`, `suggest.ts`,
 * the popup) need not load the checks in `contacts.ts`, which re-exports it.
 */
import type { Channel } from './details';

/** How often the person would like to be in touch with someone. */
export type Rhythm = 'week' | 'two-weeks' | 'month';

/** Every rhythm, shortest first. */
export const RHYTHMS: readonly Rhythm[] = ['week', 'two-weeks', 'month'];

/** A moment as stored: epoch ms, finite and not negative. */
export function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

/** A person, as stored (all fields already normalised). */
export interface Contact {
  id: string;
  /** Trimmed, ≤ 60 characters. */
  name: string;
  /** `+` and 7–15 digits, or digits only for a national number. */
  phone?: string;
  email?: string;
  /** Without the leading `@`. */
  telegram?: string;
  preferred?: Channel;
  /** Private; ≤ 500 characters. */
  note?: string;
  rhythm?: Rhythm;
  /** Epoch ms of the last connection with them. */
  lastContactedAt?: number;
  /** Epoch ms. */
  createdAt: number;
}
