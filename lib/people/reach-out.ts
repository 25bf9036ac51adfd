/**
 * Reach-out links: turn a contact and a drafted message into a link that opens
 * the person's own messaging app. Attune never sends anything itself.
 *
 * Security: links are built only from values validated here (the caller is
 * never trusted), every variable part is percent-encoded, and the result must
 * start with an allowed prefix or `null` is returned instead.
 *
 * Channel notes:
 * - `sms`: `sms:<number>?body=<text>` — the `?body=` form works on current
 *   iOS and Android.
 * - `whatsapp`: `https://wa.me/<digits>?text=<text>` — needs the full
 *   international number (stored with a leading `+`); a national number could
 *   reach a stranger in another country, so none is built for it.
 * - `signal`: `https://signal.me/#p/<+number>` — Signal has no deep link that
 *   pre-fills text; the UI copies the message to the clipboard instead.
 *   Also needs the international number.
 * - `telegram`: `https://t.me/<username>` — there is no reliable way to
 *   pre-fill a message to a user; the UI copies the message instead.
 * - `email`: `mailto:<address>?subject=…&body=…`.
 * - `call`: `tel:<number>`.
 * - `copy`: no link (`null`); the UI copies the message.
 */
import { phrase, type Result } from '../words/phrase';

export type { Result } from '../words/phrase';

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

/** The link prefixes Attune may ever open. */
export const ALLOWED_LINK_PREFIXES: readonly string[] = [
  'sms:',
  'tel:',
  'mailto:',
  'https://wa.me/',
  'https://signal.me/',
  'https://t.me/',
];

/** Whether `url` starts with an allowed prefix and has no whitespace or control characters. */
export function isAllowedLink(url: string): boolean {
  if (/[\s\p{Cc}]/u.test(url)) return false;
  return ALLOWED_LINK_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** Replaces lone surrogates (which `encodeURIComponent` throws on) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * Encodes any text for a query value, never throws. Stricter than
 * `encodeURIComponent` alone: `!'()*` are encoded too (RFC 3986), so no quote
 * or bracket ever appears in a link.
 */
function enc(text: string): string {
  return encodeURIComponent(wellFormed(text)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The reachable parts of a contact (`Contact` in lib/people/contacts.ts has these fields); anything else is
 * ignored. Written out here, not picked from `Contact`, because contacts.ts builds on this module.
 */
export type Reachable = { phone?: string; email?: string; telegram?: string };

function phoneOf(contact: Reachable): string | null {
  const r = normalisePhone(contact?.phone);
  return r.ok ? r.value : null;
}

function internationalPhoneOf(contact: Reachable): string | null {
  const phone = phoneOf(contact);
  return phone?.startsWith('+') ? phone : null;
}

function buildUnchecked(
  channel: Channel,
  contact: Reachable,
  message: string,
  subject?: string,
): string | null {
  switch (channel) {
    case 'sms': {
      const phone = phoneOf(contact);
      if (phone === null) return null;
      return message.length > 0 ? `sms:${phone}?body=${enc(message)}` : `sms:${phone}`;
    }
    case 'whatsapp': {
      const phone = internationalPhoneOf(contact);
      if (phone === null) return null;
      const digits = phone.slice(1);
      return message.length > 0 ? `https://wa.me/${digits}?text=${enc(message)}` : `https://wa.me/${digits}`;
    }
    case 'signal': {
      const phone = internationalPhoneOf(contact);
      return phone === null ? null : `https://signal.me/#p/${phone}`;
    }
    case 'telegram': {
      const r = normaliseTelegram(contact?.telegram);
      return r.ok ? `https://t.me/${r.value}` : null;
    }
    case 'email': {
      const r = normaliseEmail(contact?.email);
      if (!r.ok) return null;
      const [local, domain] = r.value.split('@') as [string, string];
      const params: string[] = [];
      if (subject !== undefined && subject.length > 0) params.push(`subject=${enc(subject)}`);
      if (message.length > 0) params.push(`body=${enc(message)}`);
      const address = `${enc(local)}@${enc(domain)}`;
      return params.length > 0 ? `mailto:${address}?${params.join('&')}` : `mailto:${address}`;
    }
    case 'call': {
      const phone = phoneOf(contact);
      return phone === null ? null : `tel:${phone}`;
    }
    default:
      return null;
  }
}

/**
 * Builds the link that opens `channel` for `contact` with `message` drafted
 * where the channel supports it. Returns `null` for `copy`, for a contact
 * without valid details for that channel, or for anything unexpected.
 */
export function buildLink(
  channel: Channel,
  contact: Reachable,
  message: string,
  subject?: string,
): string | null {
  if (!isChannel(channel) || contact === null || typeof contact !== 'object') return null;
  const text = typeof message === 'string' ? message : '';
  const subj = typeof subject === 'string' ? subject : undefined;
  const url = buildUnchecked(channel, contact, text, subj);
  return url !== null && isAllowedLink(url) ? url : null;
}

/**
 * The text for a QR code that opens a text message on a phone:
 * `SMSTO:<number>:<message>`. Null without a valid phone number.
 */
export function qrPayload(contact: Reachable, message: string): string | null {
  if (contact === null || typeof contact !== 'object') return null;
  const phone = phoneOf(contact);
  if (phone === null) return null;
  return `SMSTO:${phone}:${wellFormed(typeof message === 'string' ? message : '')}`;
}
