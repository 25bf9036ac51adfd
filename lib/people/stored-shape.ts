/**
 * People and messages as a page that only shows them reads them from storage. Attune checks both
 * where they enter: the contact form and the popup's quick add (`validateContactInput`), the message
 * editor (`validateTemplate`), an imported backup (`lib/data/backup.ts`, strict: a bad file changes
 * nothing), and the options page repairs them whenever it reads them
 * (`platform/storage/storage.ts`). The popup opens on every nudge and loads only what it shows, so
 * it keeps just the shape it relies on — a list, and people with an id and a name — rather than
 * loading every check again.
 */
import type { Contact } from './contact';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** The stored people with an id and a name; anything but a list gives none. */
export function storedContacts(raw: unknown): Contact[] {
  return (Array.isArray(raw) ? raw : []).filter(
    (c): c is Contact => isRecord(c) && typeof c.id === 'string' && typeof c.name === 'string',
  );
}

/** The stored messages that are text; `defaults` when none were ever stored (or not a list). */
export function storedTemplates(raw: unknown, defaults: readonly string[]): string[] {
  return Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [...defaults];
}
