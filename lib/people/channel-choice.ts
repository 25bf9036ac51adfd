/**
 * Which way of reaching a person works on this computer. No browser API says whether `sms:` or
 * `tel:` has a handler, so the choice goes by platform (`runtime.getPlatformInfo().os`): on macOS
 * Messages answers `sms:` (and Android phones have an SMS app); elsewhere a channel that opens in
 * the browser (WhatsApp, Telegram, email), else the draft is copied and a QR code carries it to
 * the phone.
 */
import { channelsOf } from './channels';
import type { Contact } from './contacts';
import type { Channel } from './details';

/** A way offered in the popup: a channel, or `qr` (copy the draft and show a code for the phone). */
export type Way = Channel | 'qr';

/** Platforms where `sms:` reaches a messaging app. */
const SMS_PLATFORMS: readonly string[] = ['mac', 'android'];

/** Channels that open a web page (or a mail handler the browser usually has) on any desktop. */
const DESKTOP_CHANNELS: readonly Channel[] = ['whatsapp', 'signal', 'telegram', 'email'];
/** The desktop order when the person set no usable preference. */
const DESKTOP_ORDER: readonly Channel[] = ['whatsapp', 'telegram', 'email'];

/** Whether this contact has a phone number, so a QR code of a text message can be made. */
function hasPhone(available: readonly Channel[]): boolean {
  return available.includes('sms');
}

/**
 * The one filled button: the way most likely to work on this platform for this person. Their
 * preferred channel wins when it works here.
 */
export function primaryWay(contact: Partial<Contact>, os: string): Way {
  const available = channelsOf(contact);
  const preferred = contact.preferred;
  if (SMS_PLATFORMS.includes(os)) {
    if (preferred && preferred !== 'copy' && available.includes(preferred)) return preferred;
    if (available.includes('sms')) return 'sms';
  } else if (preferred && DESKTOP_CHANNELS.includes(preferred) && available.includes(preferred)) {
    return preferred;
  }
  const web = DESKTOP_ORDER.find((c) => available.includes(c));
  if (web) return web;
  return hasPhone(available) ? 'qr' : 'copy';
}

/** Every other way this person can be reached, one step away (the QR code whenever there is a phone). */
export function otherWays(contact: Partial<Contact>, os: string): Way[] {
  const available = channelsOf(contact);
  const primary = primaryWay(contact, os);
  const ways: Way[] = available.filter((c) => c !== primary && c !== 'copy');
  if (primary !== 'qr' && hasPhone(available)) ways.push('qr');
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
