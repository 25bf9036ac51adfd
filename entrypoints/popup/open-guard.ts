import { useEffect, useRef } from 'preact/hooks';
import { createGuard, guardKey, pointerMoved } from '../../lib/reflections/open-guard';

/**
 * While Attune's own opening holds (`byAttune`), swallows Enter, Space and keys still in flight,
 * until the person moves the pointer or the keyboard rests (`lib/reflections/open-guard.ts`).
 */
export function useOpenGuard(byAttune: boolean): void {
  const guard = useRef(createGuard(Date.now(), !byAttune));

  useEffect(() => {
    if (!byAttune) return;
    const onKey = (event: KeyboardEvent) => {
      const { allow, guard: next } = guardKey(guard.current, event.key, Date.now());
      guard.current = next;
      if (!allow) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    // The same keystroke is swallowed on its way up too (Space activates a button on keyup).
    const onKeyUp = (event: KeyboardEvent) => {
      if (!guard.current.lifted) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    // A real movement, not the synthetic move a browser sends when content appears under a still pointer.
    const onPointer = (event: PointerEvent) => {
      if (event.type === 'pointerdown' || event.movementX !== 0 || event.movementY !== 0) {
        guard.current = pointerMoved(guard.current);
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
  }, [byAttune]);
}
