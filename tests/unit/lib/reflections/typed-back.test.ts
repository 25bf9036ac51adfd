import { describe, expect, it } from 'vitest';
import { catchKey, caughtCount } from '../../../../lib/reflections/typed-back';

const typeKeys = (keys: string[], modifier = false) => keys.reduce((t, k) => catchKey(t, k, modifier), '');

describe('typed back', () => {
  it.each<[string, string[], string]>([
    ['letters, digits and spaces', ['h', 'i', ' ', '5'], 'hi 5'],
    ['Enter as a new line', ['a', 'Enter', 'b'], 'a\nb'],
    ['their own corrections', ['t', 'e', 'h', 'Backspace', 'Backspace', 'h', 'e'], 'the'],
    ['accents and emoji as typed', ['é', '😀'], 'é😀'],
    ['not named keys', ['Shift', 'ArrowLeft', 'Tab', 'Escape', 'x'], 'x'],
  ])('keeps %s', (_name, keys, text) => {
    expect(typeKeys(keys)).toBe(text);
  });

  it('leaves shortcuts out', () => {
    expect(typeKeys(['s', 'c'], true)).toBe('');
  });

  it('counts characters as a person does (an emoji is one)', () => {
    expect(caughtCount('é😀a')).toBe(3);
  });
});
