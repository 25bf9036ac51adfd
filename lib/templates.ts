/**
 * Drafted messages with a `{name}` placeholder. Warm, brief, low-pressure:
 * no guilt, no urgency, nothing that asks the other person to rescue anyone.
 */
import * as v from 'valibot';
import type { Result } from './reach-out';

/** The placeholder replaced by the person's name. */
export const NAME_PLACEHOLDER = '{name}';

export const MAX_TEMPLATES = 20;
export const MAX_TEMPLATE_LENGTH = 500;

/** The messages Attune starts with. */
export const DEFAULT_TEMPLATES: readonly string[] = [
  'Hi {name}, you crossed my mind today. No need to reply fast — how are you doing?',
  'Hey {name}, I was just thinking of you. Hope your week is being kind to you.',
  'Hi {name}! Something reminded me of you today. I’d love to hear how you are, whenever you have a moment.',
  'Hi {name}, no agenda — just wanted to say hello. Hope you’re doing okay.',
  'Hey {name}, could we catch up sometime soon? A short call or a coffee would be lovely, no rush.',
  'Hi {name}, I’ve been at the screen for a while and wanted to check in with a real person. How’s your day going?',
  'Hi {name}, thank you for being someone I can be real with. How are things with you?',
  'Hey {name}, sending a small hello. What’s one good thing from your day?',
  'Hi {name}, I miss our talks. Any chance of a quick chat this week? No pressure at all.',
  'Hi {name}, just checking in. How are you, really?',
];

/** Length in characters (code points), so an emoji counts as one. */
export function templateLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Checks a template: text, not blank, at most 500 characters. Returns it
 * trimmed, or a message to show.
 */
export function validateTemplate(text: unknown): Result<string> {
  if (typeof text !== 'string') return { ok: false, error: 'A message must be text.' };
  const value = text.trim();
  if (value.length === 0) return { ok: false, error: "A message can't be empty." };
  const length = templateLength(value);
  if (length > MAX_TEMPLATE_LENGTH) {
    return { ok: false, error: `Messages can be at most 500 characters (this one has ${length}).` };
  }
  return { ok: true, value };
}

/** Whether one more template fits. */
export function canAddTemplate(list: readonly string[]): { ok: true } | { ok: false; error: string } {
  return list.length < MAX_TEMPLATES ? { ok: true } : { ok: false, error: 'You can keep up to 20 messages.' };
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
 * the list. Falls back to the first default when the list is empty.
 */
export function pickTemplate(templates: readonly string[], seed: number): string {
  const list = templates.length > 0 ? templates : DEFAULT_TEMPLATES;
  const n = list.length;
  let i = 0;
  if (Number.isFinite(seed)) {
    i = seed >= 0 && seed < 1 ? Math.floor(seed * n) : Math.floor(seed);
    i = ((i % n) + n) % n;
  }
  return list[i] as string;
}

/**
 * A valibot schema for the stored template list: keeps every valid template
 * (trimmed), drops broken ones and duplicates, keeps at most 20. Anything
 * that isn't an array gives the defaults. Never fails.
 */
export const TemplateListSchema = v.pipe(
  v.fallback(v.array(v.unknown()), () => [...DEFAULT_TEMPLATES] as unknown[]),
  v.transform((items): string[] => {
    const out: string[] = [];
    for (const item of items) {
      const r = validateTemplate(item);
      if (r.ok && !out.includes(r.value)) out.push(r.value);
      if (out.length === MAX_TEMPLATES) break;
    }
    return out;
  }),
);

/** Repairs a stored template list; never throws. */
export function repairTemplates(input: unknown): string[] {
  return v.parse(TemplateListSchema, input);
}
