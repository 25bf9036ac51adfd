/**
 * The keystroke guard of a card Attune opened by itself. The person may be typing in another page
 * or sharing their screen when it appears: a key already in flight must not act on it. Enter and
 * Space do nothing until the person moves the pointer or the keyboard has rested; any other key
 * after a rest (Tab, an arrow) is a deliberate move and lifts the guard.
 */

/** How long the keyboard must rest before a key counts as deliberate. */
export const KEY_REST_MS = 1000;

export interface KeyGuard {
  /** The person moved: keys act normally from now on. */
  lifted: boolean;
  /** When the card opened, or the last key arrived while the guard held (ms epoch). */
  lastKeyAt: number;
}

/** A guard for a card that opened at `now`; `lifted` when the person opened it themselves. */
export function createGuard(now: number, lifted: boolean): KeyGuard {
  return { lifted, lastKeyAt: now };
}

/** The pointer moved or pressed: the person is here. */
export function pointerMoved(guard: KeyGuard): KeyGuard {
  return guard.lifted ? guard : { ...guard, lifted: true };
}

/** Whether a key may act, and the guard after it. Escape always may: closing is always safe. */
export function guardKey(guard: KeyGuard, key: string, now: number): { allow: boolean; guard: KeyGuard } {
  if (guard.lifted || key === 'Escape') return { allow: true, guard };
  const rested = now - guard.lastKeyAt >= KEY_REST_MS;
  const activates = key === 'Enter' || key === ' ' || key === 'Spacebar';
  if (rested && !activates) return { allow: true, guard: { lifted: true, lastKeyAt: now } };
  return { allow: false, guard: { lifted: false, lastKeyAt: now } };
}
