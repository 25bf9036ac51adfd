import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { otherWays, primaryWay, type Way } from '../lib/people/channel-choice';
import type { Contact } from '../lib/people/contacts';
import { defaultTemplates } from '../lib/people/default-templates';
import { fillTemplate, pickTemplate } from '../lib/people/draft';
import { qrPayload } from '../lib/people/reach-out';
import { translate } from '../platform/shared/i18n';
import { WayButton } from './channel-buttons';
import { lazy } from './lazy';

/** Shown after a click, on few openings: its code loads then. */
const QrCode = lazy(() => import('./qr-code').then((m) => m.QrCode));

interface Props {
  /** The person shown: the suggestion, or whoever the person switched to. */
  contact: Contact;
  contacts: Contact[];
  onSwitch: (id: string) => void;
  templates: string[];
  /** A random seed chosen when the popup opened, so the draft doesn't change while typing. */
  seed: number;
  /** `runtime.getPlatformInfo().os`: decides which way is the filled button. */
  os: string;
  /** Called once a way was used, so the popup can ask later whether they connected. */
  onUsed: (contact: Contact) => void;
  /**
   * Whether "Other ways" is open. The card keeps it (one disclosure at a time: opening "Not now ▾"
   * closes it, so the card never grows by both).
   */
  othersOpen: boolean;
  onToggleOthers: () => void;
  /**
   * Whether the card's other disclosure ("Not now ▾") is open: the hint under the button then gives
   * its line to the choices, so the card fits 600 px in the longest languages.
   */
  hintless?: boolean;
  primaryRef?: Ref<HTMLElement>;
}

/** Copies the draft; says whether it worked. The clipboard write is awaited before anything else. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * One person, a warm draft editable in place, one filled button for the way that works on this
 * computer, and the other ways one step away. Every way copies the draft first and says so.
 */
export function ReachOutPrompt({
  contact,
  contacts,
  onSwitch,
  templates,
  seed,
  os,
  onUsed,
  othersOpen,
  onToggleOthers,
  hintless = false,
  primaryRef,
}: Props) {
  const [templateIndex, setTemplateIndex] = useState(seed);
  const template = pickTemplate(templates, templateIndex, defaultTemplates(translate));
  // The person's edits belong to one person and template; switching either drafts afresh.
  const draftKey = `${contact.id}|${templateIndex}`;
  const [edited, setEdited] = useState<{ key: string; text: string } | null>(null);
  const draft = edited?.key === draftKey ? edited.text : fillTemplate(template, contact.name);
  const [qrFor, setQrFor] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const primary = primaryWay(contact, os);
  const others = otherWays(contact, os);
  const qr = qrPayload(contact, draft);
  const showQr = qr !== null && qrFor === contact.id;

  async function use(way: Way, href: string | null) {
    const copied = await copyText(draft);
    const opensChat = way === 'signal' || way === 'telegram';
    setNote(
      copied
        ? i18n.t(opensChat ? 'popup.reach.copied_paste' : 'popup.reach.copied')
        : i18n.t('popup.reach.copy_failed'),
    );
    if (way === 'qr') setQrFor(contact.id);
    onUsed(contact);
    if (href === null) return;
    if (href.startsWith('https://')) window.open(href, '_blank', 'noopener,noreferrer');
    // An app link goes to the system from here: no tab is left behind, empty or not.
    else window.location.href = href;
  }

  const people = contacts.length > 1;
  return (
    <section class="reach-out" aria-labelledby="reach-title">
      <div class="row spread">
        {people ? (
          <h2 id="reach-title">
            <label for="person">{i18n.t('popup.reach.to')}</label>{' '}
            <select id="person" value={contact.id} onChange={(e) => onSwitch(e.currentTarget.value)}>
              {contacts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </h2>
        ) : (
          <h2 id="reach-title">{i18n.t('popup.reach.title', [contact.name])}</h2>
        )}
        <button type="button" class="link small" onClick={() => setTemplateIndex((i) => i + 1)}>
          {i18n.t('popup.reach.another_message')}
        </button>
      </div>
      <div class={showQr ? 'compose with-qr' : 'compose'}>
        <div class="draft">
          <label for="draft" class="visually-hidden">
            {i18n.t('popup.reach.draft_label', [contact.name])}
          </label>
          <textarea
            id="draft"
            rows={2}
            value={draft}
            onInput={(e) => setEdited({ key: draftKey, text: e.currentTarget.value })}
          />
          <div class="row send">
            <WayButton
              way={primary}
              contact={contact}
              draft={draft}
              primary
              os={os}
              onUse={use}
              buttonRef={primaryRef}
            />
            {others.length > 0 && (
              <button type="button" class="link" aria-expanded={othersOpen} onClick={onToggleOthers}>
                {i18n.t('popup.reach.other_ways')} {othersOpen ? '▴' : '▾'}
              </button>
            )}
            {othersOpen &&
              others.map((way) => (
                <WayButton key={way} way={way} contact={contact} draft={draft} os={os} onUse={use} />
              ))}
            <span class="muted small" role="status">
              {note ?? (othersOpen || hintless ? '' : i18n.t('popup.reach.copies_too'))}
            </span>
          </div>
        </div>
        {showQr && qr && (
          <div id="qr">
            <QrCode payload={qr} label={i18n.t('popup.reach.qr_label', [contact.name])} />
          </div>
        )}
      </div>
    </section>
  );
}
