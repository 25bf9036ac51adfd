/**
 * Drafted messages with a `{name}` placeholder. Warm, brief, low-pressure:
 * no guilt, no urgency, nothing that asks the other person to rescue anyone.
 */
import { type Phrase, phrase, type Result } from '../words/phrase';

export { DEFAULT_TEMPLATE_KEYS, defaultTemplates } from './default-templates';
export { fillTemplate, NAME_PLACEHOLDER, pickTemplate } from './draft';

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
