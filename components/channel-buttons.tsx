import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Contact, channelsOf } from '../lib/contacts';
import { buildLink, type Channel, COPY_FIRST_CHANNELS } from '../lib/reach-out';

const LABELS: Record<Channel, string> = {
  sms: 'Text',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  telegram: 'Telegram',
  email: 'Email',
  call: 'Call',
  copy: 'Copy message',
};

/** Subject line of a drafted email. */
export const EMAIL_SUBJECT = 'Thinking of you';

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
      setCopied(then ? 'Message copied — paste it in the chat that opens.' : 'Message copied.');
    } catch {
      setCopied('Couldn’t copy. Select the message and copy it yourself.');
    }
  }

  return (
    <div>
      <ul class="channels" aria-label={`Ways to reach ${contact.name}`}>
        {channelsOf(contact).map((channel) => {
          if (channel === 'copy') {
            return (
              <li key={channel}>
                <button type="button" onClick={() => void copy().then(() => onUsed(channel))}>
                  {LABELS.copy}
                </button>
              </li>
            );
          }
          const href = buildLink(channel, contact, message, EMAIL_SUBJECT);
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
                {LABELS[channel]}
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
