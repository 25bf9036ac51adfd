/**
 * Which way of reaching a person works on this computer, and which one they actually use. No
 * browser API says whether `sms:` or `tel:` has a handler, so it goes by platform
 * (`runtime.getPlatformInfo().os`): on macOS Messages answers `sms:` and FaceTime `tel:`, Android has
 * its apps, Windows hands both to the phone app (Phone Link); Linux and ChromeOS have no handler
 * (Chromium raised an "Open xdg-open?" prompt that led nowhere), so `sms:`/`tel:` are not offered
 * there and the draft is copied with a QR code that carries it to the phone.
 *
 * The person's preferred channel ("How do you usually message them?") decides the filled button.
 * Without one, nothing is assumed: WhatsApp is not everyone's app, so a phone number alone leads to
 * the phone's own texting (where the platform has it) or to copy + QR.
 */
import { channelsOf } from './channels';
import type { Contact } from './contacts';
import type { Channel } from './details';

/** A way offered in the popup: a channel, or `qr` (copy the draft and show a code for the phone). */
export type Way = Channel | 'qr';

/** Platforms where `sms:` and `tel:` reach an app of the phone's own. */
const PHONE_PLATFORMS: readonly string[] = ['mac', 'android', 'win'];

/** Platforms where that app is on the computer itself (Windows goes through the phone, Phone Link). */
const NATIVE_PHONE_PLATFORMS: readonly string[] = ['mac', 'android'];

/** The phone app's links: offered only where something answers them. */
const PHONE_CHANNELS: readonly Channel[] = ['sms', 'call'];

/** Without a preference: the ways a person has clearly set up for this contact, in this order. */
const FALLBACK_ORDER: readonly Channel[] = ['telegram', 'email'];

/** Whether `sms:` and `tel:` links open anything on this platform. */
export function phoneLinksWork(os: string): boolean {
  return PHONE_PLATFORMS.includes(os);
}

/**
 * Whether `sms:`/`tel:` open the phone app through the computer (Windows: Phone Link), so their
 * buttons say so: the message is sent from the phone, and Phone Link may need setting up first.
 */
export function opensPhoneApp(way: Way, os: string): boolean {
  return os === 'win' && (way === 'sms' || way === 'call');
}

/** The channels of this contact that work on this platform (copy always does). */
function channelsHere(contact: Partial<Contact>, os: string): Channel[] {
  const available = channelsOf(contact);
  return phoneLinksWork(os) ? available : available.filter((c) => !PHONE_CHANNELS.includes(c));
}

/** Whether this contact has a phone number, so a QR code of a text message can be made. */
function hasPhone(contact: Partial<Contact>): boolean {
  return channelsOf(contact).includes('sms');
}

/**
 * The one filled button. Their preferred channel wins when it works here; a preferred text on a
 * computer that can't send one becomes copy + QR (the phone is where they text). Without a
 * preference: texting where the computer itself can, then Telegram or email when they are set,
 * then copy + QR for a phone number, else copy.
 */
export function primaryWay(contact: Partial<Contact>, os: string): Way {
  const here = channelsHere(contact, os);
  const preferred = contact.preferred;
  if (preferred && here.includes(preferred)) return preferred;
  if (preferred === 'sms' && hasPhone(contact)) return 'qr';
  if (NATIVE_PHONE_PLATFORMS.includes(os) && here.includes('sms')) return 'sms';
  const set = FALLBACK_ORDER.find((c) => here.includes(c));
  if (set) return set;
  return hasPhone(contact) ? 'qr' : 'copy';
}

/**
 * Every other way this person can be reached on this platform, one step away (the QR code
 * whenever there is a phone; never `sms:`/`tel:` where nothing answers them).
 */
export function otherWays(contact: Partial<Contact>, os: string): Way[] {
  const primary = primaryWay(contact, os);
  const ways: Way[] = channelsHere(contact, os).filter((c) => c !== primary && c !== 'copy');
  if (primary !== 'qr' && hasPhone(contact)) ways.push('qr');
  if (primary !== 'copy') ways.push('copy');
  return ways;
}

/**
 * Whether a link opens in a new tab. Only web pages do: an app link (`sms:`, `tel:`, `mailto:`)
 * is handed to the system from the popup itself, because a new tab for it stays empty
 * ("Untitled") when the handler is an app, or when there is none.
 */
export function opensInTab(url: string): boolean {
  return url.startsWith('https://');
}
