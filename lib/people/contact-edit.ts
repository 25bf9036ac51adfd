/**
 * Saving an edit of one person onto the list as stored at save time. The options form edits only
 * some fields; everything else (when they were last reached, written by the popup meanwhile; when
 * they were added) is kept exactly as stored, never reverted to what the form loaded.
 */
import type { Contact } from './contacts';

/** The fields the person edits in the contact form. */
export const EDITED_FIELDS = ['name', 'phone', 'email', 'telegram', 'preferred', 'rhythm', 'note'] as const;

/** `stored` with the edited fields taken from `edited` (a field cleared in the form is removed). */
export function mergeContactEdit(stored: Contact, edited: Contact): Contact {
  const out: Record<string, unknown> = { ...stored };
  for (const field of EDITED_FIELDS) {
    if (edited[field] === undefined) delete out[field];
    else out[field] = edited[field];
  }
  return out as unknown as Contact;
}

/**
 * The stored list with `edited` applied to the person with its id. A person removed meanwhile (in
 * another tab) comes back at the end: the edit just saved is what the person asked for last.
 */
export function applyContactEdit(stored: readonly Contact[], edited: Contact): Contact[] {
  if (!stored.some((c) => c.id === edited.id)) return [...stored, edited];
  return stored.map((c) => (c.id === edited.id ? mergeContactEdit(c, edited) : c));
}

/** The stored list with the person `id` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveContact(stored: readonly Contact[], id: string, by: -1 | 1): Contact[] {
  const next = [...stored];
  const from = next.findIndex((c) => c.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= next.length) return next;
  const [person] = next.splice(from, 1) as [Contact];
  next.splice(to, 0, person);
  return next;
}
