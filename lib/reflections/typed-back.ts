/**
 * The words a person typed into a card Attune opened by itself, caught so nothing is lost: keys that
 * landed before their first click, meant for the page they were typing in. The card shows them and
 * offers them back. Pure: the popup feeds it each key as `KeyboardEvent.key` names it.
 */

/** What one key does to the caught text, or the text unchanged when the key types nothing. */
export function catchKey(caught: string, key: string, withModifier: boolean): string {
  if (withModifier) return caught; // a shortcut (Ctrl+S), not words
  if (key === 'Enter') return `${caught}\n`;
  if (key === 'Tab') return caught;
  // Their own correction of what they typed, as it would have been in their page.
  if (key === 'Backspace') return [...caught].slice(0, -1).join('');
  // One character (an accented letter or an emoji may take two UTF-16 units); named keys are longer.
  return [...key].length === 1 ? caught + key : caught;
}

/** How many characters were caught, as a person counts them (an emoji is one). */
export function caughtCount(caught: string): number {
  return [...caught].length;
}
