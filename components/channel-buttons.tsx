import type { Ref } from 'preact';
import { i18n } from '#i18n';
import { opensInTab, opensPhoneApp, type Way } from '../lib/people/channel-choice';
import type { Contact } from '../lib/people/contacts';
import { buildLink } from '../lib/people/reach-out';

/**
 * Short labels of the ways one step away, in the browser's language. On Windows a text or a call
 * says it opens the phone app (Phone Link): it goes out from the phone, not the computer.
 */
export const wayLabel = (way: Way, os = ''): string => {
  if (opensPhoneApp(way, os)) {
    return way === 'sms' ? i18n.t('popup.channel.sms_phone_app') : i18n.t('popup.channel.call_phone_app');
  }
  return {
    sms: i18n.t('popup.channel.sms'),
    whatsapp: i18n.t('popup.channel.whatsapp'),
    signal: i18n.t('popup.channel.signal'),
    telegram: i18n.t('popup.channel.telegram'),
    email: i18n.t('popup.channel.email'),
    call: i18n.t('popup.channel.call'),
    copy: i18n.t('popup.channel.copy'),
    qr: i18n.t('popup.reach.qr_toggle'),
  }[way];
};

/** The way the one filled button goes, named small beside its words ("via WhatsApp"); on Windows,
 * `sms:` and `tel:` say that they open the phone app (Phone Link). */
export const viaLabel = (way: Way, os = ''): string => {
  if (opensPhoneApp(way, os)) {
    return way === 'sms' ? i18n.t('popup.send.via.sms_phone_app') : i18n.t('popup.send.via.call_phone_app');
  }
  return {
    sms: i18n.t('popup.send.via.sms'),
    whatsapp: i18n.t('popup.send.via.whatsapp'),
    signal: i18n.t('popup.send.via.signal'),
    telegram: i18n.t('popup.send.via.telegram'),
    email: i18n.t('popup.send.via.email'),
    call: i18n.t('popup.send.via.call'),
    copy: i18n.t('popup.send.via.copy'),
    qr: i18n.t('popup.send.via.qr'),
  }[way];
};

/** The one filled button's words: "Message Sam" (or "Call Sam"), then the way, small. */
function PrimaryLabel({ way, name, os }: { way: Way; name: string; os: string }) {
  return (
    <>
      {way === 'call' ? i18n.t('popup.send.call_to', [name]) : i18n.t('popup.send.message', [name])}{' '}
      <span class="via">{viaLabel(way, os)}</span>
    </>
  );
}

/** The link a way opens for this person and draft; null for copy and QR. */
export function wayHref(way: Way, contact: Contact, draft: string): string | null {
  return way === 'qr' || way === 'copy'
    ? null
    : buildLink(way, contact, draft, i18n.t('popup.reach.email_subject'));
}

interface Props {
  way: Way;
  contact: Contact;
  draft: string;
  primary?: boolean;
  /** `runtime.getPlatformInfo().os`: a text or a call on Windows says it opens the phone app. */
  os?: string;
  /** Copies the draft, then opens the way (the caller awaits the clipboard first). */
  onUse: (way: Way, href: string | null) => void;
  buttonRef?: Ref<HTMLElement>;
}

/**
 * One way to reach the person. A link keeps its real address (for the status bar and for people
 * who copy it), but a click copies the draft first and then opens it; web pages open in a new tab,
 * app links (`sms:`, `tel:`, `mailto:`) are handed over from the popup itself, never in a tab.
 */
export function WayButton({ way, contact, draft, primary = false, os = '', onUse, buttonRef: ref }: Props) {
  const href = wayHref(way, contact, draft);
  const className = primary ? 'button primary' : 'button small';
  const label = primary ? <PrimaryLabel way={way} name={contact.name} os={os} /> : wayLabel(way, os);
  if (href === null) {
    return (
      <button
        type="button"
        class={className}
        ref={ref as Ref<HTMLButtonElement>}
        data-way={way}
        onClick={() => onUse(way, null)}
      >
        {label}
      </button>
    );
  }
  return (
    <a
      class={className}
      ref={ref as Ref<HTMLAnchorElement>}
      href={href}
      {...(opensInTab(href) && { target: '_blank', rel: 'noreferrer' })}
      data-way={way}
      onClick={(event) => {
        event.preventDefault();
        onUse(way, href);
      }}
    >
      {label}
    </a>
  );
}
