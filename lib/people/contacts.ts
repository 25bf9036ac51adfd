/**
 * People, one of the concepts lib/ is grouped by: whom the person may reach, and how.
 * `contacts.ts` checks and repairs the list (and re-exports the rest); beside it, `contact.ts` is
 * the stored shape, `details.ts` checks a phone, an email and a Telegram name, `channels.ts` says
 * which channels they open, `suggest.ts` picks whom to reach, `contact-edit.ts` lays one edit onto
 * the stored list, `reach-out.ts` builds the link that opens the person's own app (Attune never
 * sends anything), `channel-choice.ts` picks the way that works on this computer, `templates.ts`
 * keeps the drafted messages (`draft.ts` fills one in), and `stored-shape.ts` is how a page that
 * only shows people reads them. It builds only on words. The pieces are separate modules so the
 * popup loads only those its opening shows.
 *
 * People the person may want to reach: validation, limits and repair of stored lists. Pure: time is
 * always passed in.
 */
import { type Phrase, phrase, type Result } from '../words/phrase';
import { channelsOf } from './channels';
import { type Contact, isTime, RHYTHMS, type Rhythm } from './contact';
import { type Channel, isChannel, normaliseEmail, normalisePhone, normaliseTelegram } from './details';

export type { Result } from '../words/phrase';
export { channelsOf } from './channels';
export { type Contact, RHYTHMS, type Rhythm } from './contact';
export type { Channel } from './details';
export { markContacted, overdueBy, RHYTHM_MS, suggestContact } from './suggest';

/** Raw form input; every field is checked, none is trusted. */
export type ContactInput = { [K in keyof Contact]?: unknown };

/** Field names that can carry an error message. */
export type ContactField = keyof Contact;

/** Per-field problems, each a phrase the form says under its field. */
export type ContactErrors = Partial<Record<ContactField, Phrase>>;

export const MAX_CONTACTS = 50;
export const MAX_NAME_LENGTH = 60;
export const MAX_NOTE_LENGTH = 500;
const MAX_ID_LENGTH = 100;

/** Length in characters (code points), so an emoji counts as one. */
function charCount(s: string): number {
  return Array.from(s).length;
}

/** Control characters (callers strip allowed whitespace first), and bidi overrides/isolates that can disguise text. */
const UNSAFE_CHARS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Trims and collapses whitespace in a name; rejects empty, too long or disguised names. */
export function normaliseName(input: unknown): Result<string> {
  if (typeof input !== 'string') return { ok: false, error: phrase('errors.contact.name_missing') };
  const s = input.replace(/\s+/g, ' ').trim();
  if (s.length === 0) return { ok: false, error: phrase('errors.contact.name_missing') };
  if (UNSAFE_CHARS.test(s)) return { ok: false, error: phrase('errors.contact.name_characters') };
  if (charCount(s) > MAX_NAME_LENGTH) {
    return { ok: false, error: phrase('errors.contact.name_too_long', MAX_NAME_LENGTH) };
  }
  return { ok: true, value: s };
}

function normaliseNote(input: unknown): Result<string> {
  if (typeof input !== 'string') return { ok: false, error: phrase('errors.contact.note_not_text') };
  const s = input.trim();
  if (charCount(s) > MAX_NOTE_LENGTH) {
    return { ok: false, error: phrase('errors.contact.note_too_long', MAX_NOTE_LENGTH) };
  }
  if (UNSAFE_CHARS.test(s.replace(/[\t\n\r]/g, ''))) {
    return { ok: false, error: phrase('errors.contact.note_characters') };
  }
  return { ok: true, value: s };
}

/** Absent, null or blank (form fields send empty strings). */
function blank(x: unknown): boolean {
  return x === undefined || x === null || (typeof x === 'string' && x.trim() === '');
}

const CHANNEL_NEEDS: Record<Exclude<Channel, 'copy'>, Phrase> = {
  sms: phrase('errors.contact.needs_phone_sms'),
  whatsapp: phrase('errors.contact.needs_phone_whatsapp'),
  signal: phrase('errors.contact.needs_phone_signal'),
  telegram: phrase('errors.contact.needs_telegram'),
  email: phrase('errors.contact.needs_email'),
  call: phrase('errors.contact.needs_phone_call'),
};

/** What a channel still needs among `contact`'s details before it can be used, or null when nothing. */
export function channelNeeds(channel: Channel, contact: Partial<Contact>): Phrase | null {
  return channel === 'copy' || channelsOf(contact).includes(channel) ? null : CHANNEL_NEEDS[channel];
}

/**
 * Checks raw input and returns the normalised contact, or a message per
 * field that needs attention. Blank optional fields are simply left out.
 * `defaults.id` / `defaults.now` are used when the input has no valid id /
 * createdAt (a new contact). `defaults.readPhone` reads the phone field where a number is typed
 * in full forms (`readPhone` in `phone.ts`: the region's own way, stored in E.164); without it the
 * plain check (`normalisePhone`) keeps what is typed.
 */
export function validateContactInput(
  input: ContactInput,
  defaults: { id: string; now: number; readPhone?: (input: unknown) => Result<string> },
): { ok: true; value: Contact } | { ok: false; errors: ContactErrors } {
  const errors: ContactErrors = {};
  const src: ContactInput = input !== null && typeof input === 'object' ? input : {};
  const idOk = typeof src.id === 'string' && src.id.trim() !== '' && src.id.length <= MAX_ID_LENGTH;
  const contact: Contact = {
    id: idOk ? (src.id as string).trim() : defaults.id,
    name: '',
    createdAt: isTime(src.createdAt) ? src.createdAt : defaults.now,
  };

  const name = normaliseName(src.name);
  if (name.ok) contact.name = name.value;
  else errors.name = name.error;

  const optional = [
    ['phone', defaults.readPhone ?? normalisePhone],
    ['email', normaliseEmail],
    ['telegram', normaliseTelegram],
    ['note', normaliseNote],
  ] as const;
  for (const [field, check] of optional) {
    if (blank(src[field])) continue;
    const r = check(src[field]);
    if (r.ok) contact[field] = r.value;
    else errors[field] = r.error;
  }

  if (!blank(src.rhythm)) {
    if (typeof src.rhythm === 'string' && (RHYTHMS as readonly string[]).includes(src.rhythm)) {
      contact.rhythm = src.rhythm as Rhythm;
    } else errors.rhythm = phrase('errors.contact.rhythm_invalid');
  }

  if (!blank(src.lastContactedAt)) {
    if (isTime(src.lastContactedAt)) contact.lastContactedAt = src.lastContactedAt;
    else errors.lastContactedAt = phrase('errors.contact.date_invalid');
  }

  if (!blank(src.preferred)) {
    if (!isChannel(src.preferred)) errors.preferred = phrase('errors.contact.preferred_invalid');
    else if (!channelsOf(contact).includes(src.preferred)) {
      // `copy` is always available, so only the other channels can be missing something.
      errors.preferred = CHANNEL_NEEDS[src.preferred as Exclude<Channel, 'copy'>];
    } else contact.preferred = src.preferred;
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: contact };
}

/** Whether one more contact fits. */
export function canAddContact(list: readonly Contact[]): { ok: true } | { ok: false; error: Phrase } {
  return list.length < MAX_CONTACTS
    ? { ok: true }
    : { ok: false, error: phrase('errors.contact.list_full', MAX_CONTACTS) };
}

/**
 * One stored contact, repaired: required fields (id, name, createdAt) must be valid, or it is
 * dropped (`null`); a broken optional field is dropped, keeping the rest of the contact.
 */
export function repairContact(item: unknown): Contact | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const raw = item as Record<string, unknown>;
  const id = typeof raw.id === 'string' ? raw.id.trim() : '';
  const { name, createdAt } = raw;
  if (id === '' || id.length > MAX_ID_LENGTH) return null;
  if (typeof name !== 'string' || !normaliseName(name).ok) return null;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || createdAt < 0) return null;
  const defaults = { id, now: createdAt };
  const kept: ContactInput = { ...raw, id };
  // Drop each broken optional field and try again; a preferred channel may
  // depend on a dropped field, hence a second round.
  for (let round = 0; round < 3; round++) {
    const r = validateContactInput(kept, defaults);
    if (r.ok) return r.value;
    for (const field of Object.keys(r.errors) as ContactField[]) delete kept[field];
  }
  const normalised = normaliseName(name);
  return { id, name: normalised.ok ? normalised.value : name, createdAt };
}

/** Repairs a stored contact list; never throws. */
export function repairContacts(input: unknown): Contact[] {
  // Keeps every valid contact (repairing broken optional fields), drops broken ones and duplicate
  // ids, keeps at most 50. Anything that isn't an array becomes an empty list.
  const out: Contact[] = [];
  const seen = new Set<string>();
  for (const item of Array.isArray(input) ? input : []) {
    const contact = repairContact(item);
    if (!contact || seen.has(contact.id)) continue;
    seen.add(contact.id);
    out.push(contact);
    if (out.length === MAX_CONTACTS) break;
  }
  return out;
}
