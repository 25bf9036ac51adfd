/**
 * A keyboard shortcut as the person's platform writes it. Browsers report it in their own
 * notation (`commands.getAll()`: "Alt+Shift+A", "⌃⇧A" on a Mac in Chromium, "MacCtrl+Shift+A" in
 * Firefox's manifest notation); macOS people read the symbols, everyone else the words.
 */

const MAC_SYMBOLS: Record<string, string> = {
  MacCtrl: '⌃',
  Ctrl: '⌘',
  Command: '⌘',
  Alt: '⌥',
  Option: '⌥',
  Shift: '⇧',
};

/** The shortcut in the platform's own writing; null when none is set. */
export function formatShortcut(shortcut: string | undefined, os: string): string | null {
  const text = shortcut?.trim();
  if (!text) return null;
  if (os !== 'mac') return text.replace(/\bMacCtrl\b/g, 'Ctrl');
  // Already in symbols (Chromium on macOS reports "⌃⇧A").
  if (!text.includes('+')) return text;
  return text
    .split('+')
    .map((key) => MAC_SYMBOLS[key] ?? key)
    .join('');
}
