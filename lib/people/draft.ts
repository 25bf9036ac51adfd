/**
 * A draft from a template: the person's name filled in, and which template to draft from. Apart
 * from `templates.ts` (which re-exports it), so the popup's prompt loads this without the template
 * checks.
 */

/** The placeholder replaced by the person's name. */
export const NAME_PLACEHOLDER = '{name}';

const PUNCTUATION_AFTER = /^[,.!?;:…)]/;

/** Joins `left` and `right` where a `{name}` was removed, keeping the text natural. */
function joinWithoutName(left: string, right: string): string {
  // "Thanks, {name}." → "Thanks."
  if (left.endsWith(', ')) return left.slice(0, -2) + right;
  // "Hi {name}, …" → "Hi, …"; "Hey {name}!" → "Hey!"; "Hi {name}" → "Hi"
  if (/[ \t]$/.test(left) && (right === '' || PUNCTUATION_AFTER.test(right) || /^\s/.test(right))) {
    const trimmed = left.replace(/[ \t]+$/, '');
    return trimmed === '' || /\n$/.test(trimmed) ? trimmed + right.replace(/^[ \t]+/, '') : trimmed + right;
  }
  // "{name}, are you free?" at the start of a line → "Are you free?"
  if ((left === '' || left.endsWith('\n')) && /^, ?/.test(right)) {
    const rest = right.replace(/^, ?/, '');
    return left + rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return left + right;
}

/**
 * Replaces every `{name}` with the trimmed name. The name is inserted
 * literally (no `$&` patterns, no recursive `{name}`), other braces are left
 * alone, and with a blank name the greeting stays natural: "Hi {name}, …"
 * becomes "Hi, …".
 */
export function fillTemplate(template: string, name: string): string {
  const parts = String(template).split(NAME_PLACEHOLDER);
  const who = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (who !== '') return parts.join(who);
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) out = joinWithoutName(out, part);
  return out.replace(/^[ \t]+/, '');
}

/**
 * Picks a template by seed. An integer seed (a counter, a day number) steps
 * through the list; a fraction in [0, 1) (like `Math.random()`) is scaled to
 * the list. Picks from `fallback` (the defaults in the person's language) when
 * the list is empty, and gives "" when both are.
 */
export function pickTemplate(
  templates: readonly string[],
  seed: number,
  fallback: readonly string[] = [],
): string {
  const list = templates.length > 0 ? templates : fallback;
  const n = list.length;
  if (n === 0) return '';
  let i = 0;
  if (Number.isFinite(seed)) {
    i = seed >= 0 && seed < 1 ? Math.floor(seed * n) : Math.floor(seed);
    i = ((i % n) + n) % n;
  }
  return list[i] as string;
}
