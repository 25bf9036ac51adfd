import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Contact } from '../lib/contacts';
import { qrPayload } from '../lib/reach-out';
import { defaultTemplates, fillTemplate, pickTemplate } from '../lib/templates';
import { translate } from '../platform/i18n';
import { ChannelButtons } from './channel-buttons';
import { QrCode } from './qr-code';

interface Props {
  /** The person shown: the suggestion, or whoever the person switched to. */
  contact: Contact;
  contacts: Contact[];
  onSwitch: (id: string) => void;
  templates: string[];
  /** A random seed chosen when the popup opened, so the draft doesn't change while typing. */
  seed: number;
  onUsed: (contact: Contact) => void;
}

/** Suggests one person and a warm draft, with one button per channel they have. */
export function ReachOutPrompt({ contact, contacts, onSwitch, templates, seed, onUsed }: Props) {
  const [templateIndex, setTemplateIndex] = useState(seed);
  const template = pickTemplate(templates, templateIndex, defaultTemplates(translate));
  // The person's edits belong to one person and template; switching either drafts afresh.
  const draftKey = `${contact.id}|${templateIndex}`;
  const [edited, setEdited] = useState<{ key: string; text: string } | null>(null);
  const draft = edited?.key === draftKey ? edited.text : fillTemplate(template, contact.name);
  const [showQr, setShowQr] = useState(false);

  const qr = qrPayload(contact, draft);
  return (
    <section class="reach-out" aria-labelledby="reach-title">
      <div class="row spread">
        <h2 id="reach-title">{i18n.t('popup.reach.title', [contact.name])}</h2>
        {contacts.length > 1 && (
          <span>
            <label for="person" class="visually-hidden">
              {i18n.t('popup.reach.someone_else')}
            </label>
            <select id="person" value={contact.id} onChange={(e) => onSwitch(e.currentTarget.value)}>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </span>
        )}
        <button type="button" class="link" onClick={() => setTemplateIndex((i) => i + 1)}>
          {i18n.t('popup.reach.another_message')}
        </button>
      </div>
      <label for="draft" class="visually-hidden">
        {i18n.t('popup.reach.draft_label', [contact.name])}
      </label>
      <textarea
        id="draft"
        rows={2}
        value={draft}
        onInput={(e) => setEdited({ key: draftKey, text: e.currentTarget.value })}
      />
      <ChannelButtons contact={contact} message={draft} onUsed={() => onUsed(contact)}>
        {qr && (
          <li>
            <button
              type="button"
              aria-expanded={showQr}
              aria-controls="qr"
              onClick={() => setShowQr((v) => !v)}
            >
              {i18n.t('popup.reach.qr_toggle')}
            </button>
          </li>
        )}
      </ChannelButtons>
      {qr && showQr && (
        <div id="qr">
          <QrCode payload={qr} label={i18n.t('popup.reach.qr_label', [contact.name])} />
        </div>
      )}
    </section>
  );
}
