/**
 * A person's details and the channels they make possible: the checks on a phone number, an email
 * address and a Telegram username. Apart from `reach-out.ts` (which builds the links and re-exports
 * all of this), so the contact checks load without the link building.
 */
import { phrase, type Result } from '../words/phrase';

/** The ways to reach someone. */
export type Channel = 'sms' | 'whatsapp' | 'signal' | 'telegram' | 'email' | 'call' | 'copy';

/** Every channel, in the order buttons are shown. */
export const CHANNELS: readonly Channel[] = [
  'sms',
  'whatsapp',
  'signal',
  'telegram',
  'email',
  'call',
  'copy',
];

/** Channels that need no pre-filled text support: the UI should copy the message first. */
export const COPY_FIRST_CHANNELS: readonly Channel[] = ['signal', 'telegram', 'copy'];

/** Whether `value` is a known channel. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Longest raw phone input accepted (digits plus generous formatting). */
const MAX_PHONE_INPUT = 40;

/**
 * Normalises a phone number to `+` and digits (E.164 style: 7–15 digits).
 * Accepts spaces, dashes, dots and parentheses as formatting; one leading
 * `+` at most. Anything else (letters, `#`, `*`, `:` …) is rejected.
 */
export function normalisePhone(input: unknown): Result<string> {
  if (typeof input !== 'string') return { ok: false, error: phrase('errors.contact.phone_not_text') };
  const s = input.trim();
  if (s.length > MAX_PHONE_INPUT) return { ok: false, error: phrase('errors.contact.phone_length') };
  if (!/^[+0-9 ().-]*$/.test(s)) return { ok: false, error: phrase('errors.contact.phone_characters') };
  const plusCount = s.split('+').length - 1;
  if (plusCount > 1 || (plusCount === 1 && !s.startsWith('+'))) {
    return { ok: false, error: phrase('errors.contact.phone_plus') };
  }
  const digits = s.replace(/[^0-9]/g, '');
  if (digits.length < 7 || digits.length > 15)
    return { ok: false, error: phrase('errors.contact.phone_length') };
  return { ok: true, value: (plusCount === 1 ? '+' : '') + digits };
}

/** Longest email address (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

const EMAIL_ERROR = phrase('errors.contact.email_invalid');
/** Letters and digits of any script, marks, and a few safe ASCII symbols. */
const EMAIL_LOCAL = /^[\p{L}\p{M}\p{N}._+-]+$/u;
const EMAIL_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;

/**
 * A sane email check: one `@`, no spaces, a dot in the domain, ≤ 254
 * characters, and nothing that could change a `mailto:` link (`?`, `&`, `#`,
 * `%`, quotes, angle brackets, control characters …). Returns it trimmed.
 */
export function normaliseEmail(input: unknown): Result<string> {
  if (typeof input !== 'string') return { ok: false, error: EMAIL_ERROR };
  const s = input.trim();
  if (s.length > MAX_EMAIL_LENGTH)
    return { ok: false, error: phrase('errors.contact.email_too_long', MAX_EMAIL_LENGTH) };
  const parts = s.split('@');
  if (parts.length !== 2) return { ok: false, error: EMAIL_ERROR };
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || local.length > 64 || !EMAIL_LOCAL.test(local))
    return { ok: false, error: EMAIL_ERROR };
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return { ok: false, error: EMAIL_ERROR };
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => l.length <= 63 && EMAIL_LABEL.test(l))) {
    return { ok: false, error: EMAIL_ERROR };
  }
  return { ok: true, value: s };
}

/** Normalises a Telegram username: a leading `@` is dropped; 5–32 of A–Z, a–z, 0–9, _. */
export function normaliseTelegram(input: unknown): Result<string> {
  const error = phrase('errors.contact.telegram_invalid');
  if (typeof input !== 'string') return { ok: false, error };
  const s = input.trim().replace(/^@/, '');
  return /^[A-Za-z0-9_]{5,32}$/.test(s) ? { ok: true, value: s } : { ok: false, error };
}

/**
 * The reachable parts of a contact (`Contact` in lib/people/contacts.ts has these fields); anything else is
 * ignored. Written out here, not picked from `Contact`, because contacts.ts builds on this module.
 */
export type Reachable = { phone?: string; email?: string; telegram?: string };
