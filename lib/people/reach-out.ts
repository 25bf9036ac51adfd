/**
 * Reach-out links: turn a contact and a drafted message into a link that opens
 * the person's own messaging app. Attune never sends anything itself.
 *
 * Security: links are built only from values checked here again (`details.ts`; the caller is
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
import {
  type Channel,
  isChannel,
  normaliseEmail,
  normalisePhone,
  normaliseTelegram,
  type Reachable,
} from './details';

export type { Result } from '../words/phrase';
export {
  CHANNELS,
  type Channel,
  COPY_FIRST_CHANNELS,
  isChannel,
  MAX_EMAIL_LENGTH,
  normaliseEmail,
  normalisePhone,
  normaliseTelegram,
  type Reachable,
} from './details';

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
