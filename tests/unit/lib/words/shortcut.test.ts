import { describe, expect, it } from 'vitest';
import { formatShortcut } from '../../../../lib/words/shortcut';

describe('formatShortcut', () => {
  it.each([
    ['Alt+Shift+A', 'linux', 'Alt+Shift+A'],
    ['Alt+Shift+A', 'win', 'Alt+Shift+A'],
    ['MacCtrl+Shift+A', 'mac', '⌃⇧A'],
    ['⌃⇧A', 'mac', '⌃⇧A'],
    ['Ctrl+Shift+A', 'mac', '⌘⇧A'],
    ['Alt+Shift+A', 'mac', '⌥⇧A'],
  ])('writes %s on %s as %s', (shortcut, os, written) => {
    expect(formatShortcut(shortcut, os)).toBe(written);
  });

  it('is null when the person removed the shortcut', () => {
    expect(formatShortcut('', 'linux')).toBeNull();
    expect(formatShortcut(undefined, 'mac')).toBeNull();
  });
});
