/**
 * Drafted messages with a `{name}` placeholder. Warm, brief, low-pressure:
 * no guilt, no urgency, nothing that asks the other person to rescue anyone.
 */
import { type Phrase, phrase, type Result } from '../words/phrase';

export { DEFAULT_TEMPLATE_KEYS, defaultTemplates } from './default-templates';

/** The placeholder replaced by the person's name. */
export const NAME_PLACEHOLDER = '{name}';

export const MAX_TEMPLATES = 20;
export const MAX_TEMPLATE_LENGTH = 500;

/** Length in characters (code points), so an emoji counts as one. */
export function templateLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Checks a template: text, not blank, at most 500 characters. Returns it
 * trimmed, or a message to show.
 */
export function validateTemplate(text: unknown): Result<string> {
  if (typeof text !== 'string') return { ok: false, error: phrase('errors.template.not_text') };
  const value = text.trim();
  if (value.length === 0) return { ok: false, error: phrase('errors.template.empty') };
  const length = templateLength(value);
  if (length > MAX_TEMPLATE_LENGTH) {
    return { ok: false, error: phrase('errors.template.too_long', MAX_TEMPLATE_LENGTH, length) };
  }
  return { ok: true, value };
}

/** Whether one more template fits. */
export function canAddTemplate(list: readonly string[]): { ok: true } | { ok: false; error: Phrase } {
  return list.length < MAX_TEMPLATES
    ? { ok: true }
    : { ok: false, error: phrase('errors.template.list_full', MAX_TEMPLATES) };
}

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

/**
 * Repairs a stored template list; never throws. Nothing stored (or not a list) gives `defaults`:
 * pass `defaultTemplates(t)` in the person's language (none given: an empty list).
 */
export function repairTemplates(input: unknown, defaults: readonly string[] = []): string[] {
  // Keeps every valid template (trimmed), drops broken ones and duplicates, keeps at most 20.
  const out: string[] = [];
  for (const item of Array.isArray(input) ? input : defaults) {
    const r = validateTemplate(item);
    if (r.ok && !out.includes(r.value)) out.push(r.value);
    if (out.length === MAX_TEMPLATES) break;
  }
  return out;
}
