import { createGuard, guardKey, pointerMoved } from '../../lib/reflections/open-guard';

/**
 * On a card Attune opened by itself, swallows Enter, Space and keys still in flight until the
 * person moves the pointer or the keyboard rests (`lib/reflections/open-guard.ts`). `openedAt` is
 * when the card opened. Returns the stop.
 */
export function guardKeys(openedAt: number): () => void {
  let guard = createGuard(openedAt, false);
  const onKey = (event: KeyboardEvent) => {
    const { allow, guard: next } = guardKey(guard, event.key, Date.now());
    guard = next;
    if (!allow) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  // The same keystroke is swallowed on its way up too (Space activates a button on keyup).
  const onKeyUp = (event: KeyboardEvent) => {
    if (!guard.lifted) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  // A real movement, not the synthetic move a browser sends when content appears under a still pointer.
  const onPointer = (event: PointerEvent) => {
    if (event.type === 'pointerdown' || event.movementX !== 0 || event.movementY !== 0) {
      guard = pointerMoved(guard);
    }
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('pointermove', onPointer, true);
  window.addEventListener('pointerdown', onPointer, true);
  return () => {
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('keyup', onKeyUp, true);
    window.removeEventListener('pointermove', onPointer, true);
    window.removeEventListener('pointerdown', onPointer, true);
  };
}
