import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Contact, channelsOf } from '../lib/contacts';
import { buildLink, type Channel, COPY_FIRST_CHANNELS } from '../lib/reach-out';

/** Short button labels, in the browser's language. */
const label = (channel: Channel): string =>
  ({
    sms: i18n.t('popup.channel.sms'),
    whatsapp: i18n.t('popup.channel.whatsapp'),
    signal: i18n.t('popup.channel.signal'),
    telegram: i18n.t('popup.channel.telegram'),
    email: i18n.t('popup.channel.email'),
    call: i18n.t('popup.channel.call'),
    copy: i18n.t('popup.channel.copy'),
  })[channel];

interface Props {
  contact: Contact;
  message: string;
  /** Called when a channel was used, so the popup can ask later whether they connected. */
  onUsed: (channel: Channel) => void;
  /** Extra items after the channels (the QR toggle). */
  children?: ComponentChildren;
}

/** One button per channel this person has; each link is built from validated, encoded values. */
export function ChannelButtons({ contact, message, onUsed, children }: Props) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy(then?: string) {
    try {
      await navigator.clipboard.writeText(message);
      setCopied(then ? i18n.t('popup.reach.copied_paste') : i18n.t('popup.reach.copied'));
    } catch {
      setCopied(i18n.t('popup.reach.copy_failed'));
    }
  }

  return (
    <div>
      <ul class="channels" aria-label={i18n.t('popup.reach.channels_label', [contact.name])}>
        {channelsOf(contact).map((channel) => {
          if (channel === 'copy') {
            return (
              <li key={channel}>
                <button type="button" onClick={() => void copy().then(() => onUsed(channel))}>
                  {label('copy')}
                </button>
              </li>
            );
          }
          const href = buildLink(channel, contact, message, i18n.t('popup.reach.email_subject'));
          if (!href) return null;
          return (
            <li key={channel}>
              <a
                class={`button${channel === channelsOf(contact)[0] ? ' primary' : ''}`}
                href={href}
                target="_blank"
                rel="noreferrer"
                data-channel={channel}
                onClick={() => {
                  if (COPY_FIRST_CHANNELS.includes(channel)) void copy(channel);
                  onUsed(channel);
                }}
              >
                {label(channel)}
              </a>
            </li>
          );
        })}
        {children}
      </ul>
      <p class="field-ok" role="status">
        {copied ?? ''}
      </p>
    </div>
  );
}
