/**
 * The channels a person can be reached on, from their details. Apart from `contacts.ts` (which
 * re-exports it), so the popup's prompt loads this without the contact checks.
 */

import type { Contact } from './contact';
import {
  CHANNELS,
  type Channel,
  isChannel,
  normaliseEmail,
  normalisePhone,
  normaliseTelegram,
} from './details';

/** Channels `contact` can be reached on, preferred first, then in button order; `copy` is always last-but-available. */
export function channelsOf(contact: Partial<Contact>): Channel[] {
  const phone = normalisePhone(contact.phone);
  const hasPhone = phone.ok;
  const international = phone.ok && phone.value.startsWith('+');
  const has: Record<Channel, boolean> = {
    sms: hasPhone,
    whatsapp: international,
    signal: international,
    telegram: normaliseTelegram(contact.telegram).ok,
    email: normaliseEmail(contact.email).ok,
    call: hasPhone,
    copy: true,
  };
  const list = CHANNELS.filter((c) => has[c]);
  const pref = contact.preferred;
  return isChannel(pref) && has[pref] ? [pref, ...list.filter((c) => c !== pref)] : list;
}
