import { describe, expect, it } from 'vitest';
import { createGuard, guardKey, KEY_REST_MS, pointerMoved } from '../../../../lib/reflections/open-guard';

const OPEN = 1_000_000;

describe('the keystroke guard of a card Attune opened by itself', () => {
  it('swallows Enter and Space typed as it appears', () => {
    const guard = createGuard(OPEN, false);

    expect(guardKey(guard, 'Enter', OPEN + 50).allow).toBe(false);
    expect(guardKey(guard, ' ', OPEN + 80).allow).toBe(false);
  });

  it('keeps swallowing while the person keeps typing, even Enter after a long time', () => {
    let guard = createGuard(OPEN, false);
    for (let t = OPEN; t < OPEN + 10_000; t += 300) {
      const result = guardKey(guard, 'a', t);
      expect(result.allow).toBe(false);
      guard = result.guard;
    }

    expect(guardKey(guard, 'Enter', OPEN + 10_100).allow).toBe(false);
  });

  it('lifts for a deliberate key after the keyboard rested (Tab), and lets keys act from then on', () => {
    const guard = createGuard(OPEN, false);

    const tab = guardKey(guard, 'Tab', OPEN + KEY_REST_MS);

    expect(tab.allow).toBe(true);
    expect(guardKey(tab.guard, 'Enter', OPEN + KEY_REST_MS + 10).allow).toBe(true);
  });

  it('never lets Enter itself lift the guard, rested or not', () => {
    expect(guardKey(createGuard(OPEN, false), 'Enter', OPEN + 60_000).allow).toBe(false);
  });

  it('lifts when the pointer moves', () => {
    const guard = pointerMoved(createGuard(OPEN, false));

    expect(guardKey(guard, 'Enter', OPEN + 1).allow).toBe(true);
  });

  it('always lets Escape close the card', () => {
    expect(guardKey(createGuard(OPEN, false), 'Escape', OPEN).allow).toBe(true);
  });

  it('holds nothing back when the person opened it themselves', () => {
    expect(guardKey(createGuard(OPEN, true), 'Enter', OPEN).allow).toBe(true);
  });
});
