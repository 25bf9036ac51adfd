import { createGuard, guardKey, pointerMoved } from '../../lib/reflections/open-guard';
import { catchKey } from '../../lib/reflections/typed-back';

/** A key typed into a field of the card went where the person can see it: nothing to give back. */
function inField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'INPUT')
  );
}

/** The guard of a card Attune opened, started before the card renders (`guardKeys`). */
export interface OpenGuard {
  /** Hands what is caught to `show`: what was caught so far at once, and every change after. */
  onCaught(show: (text: string) => void): void;
  stop(): void;
}

/**
 * On a card Attune opened by itself, swallows Enter, Space and keys still in flight until the
 * person moves the pointer or the keyboard rests (`lib/reflections/open-guard.ts`). `openedAt` is
 * when the card opened. Until their first click, what they typed outside the card's own fields is
 * caught (`lib/reflections/typed-back.ts`) and handed to the card through `onCaught`, so it can give
 * it back. It starts before the card's first render (the popup waits for its reads before that), so
 * a key typed while the page is still empty is caught too.
 */
export function guardKeys(openedAt: number): OpenGuard {
  let guard = createGuard(openedAt, false);
  let caught = '';
  let clicked = false;
  let show: (text: string) => void = () => undefined;
  const onKey = (event: KeyboardEvent) => {
    if (!clicked && !event.isComposing && !inField(event.target)) {
      const next = catchKey(caught, event.key, event.ctrlKey || event.metaKey || event.altKey);
      if (next !== caught) {
        caught = next;
        show(caught);
      }
    }
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
    if (event.type === 'pointerdown') clicked = true;
    if (event.type === 'pointerdown' || event.movementX !== 0 || event.movementY !== 0) {
      guard = pointerMoved(guard);
    }
  };
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('keyup', onKeyUp, true);
  window.addEventListener('pointermove', onPointer, true);
  window.addEventListener('pointerdown', onPointer, true);
  return {
    onCaught(next) {
      show = next;
      if (caught !== '') show(caught);
    },
    stop() {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pointermove', onPointer, true);
      window.removeEventListener('pointerdown', onPointer, true);
    },
  };
}
