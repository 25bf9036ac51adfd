/**
 * A person as stored, on their own so the modules that read contacts (`channels.ts`, `suggest.ts`,
 * the popup) need not load the checks in `contacts.ts`, which re-exports it.
 */
import type { Channel } from './reach-out';
import type { Rhythm } from './suggest';

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
