import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ContactForm, channelName, rhythmName } from '../../components/contact-form';
import { SaveStatusLine } from '../../components/save-status';
import { applyContactEdit, moveContact } from '../../lib/people/contact-edit';
import { type Contact, canAddContact } from '../../lib/people/contacts';
import { lastReachedText } from '../../platform/pages/contact-last-reached';
import { say, uiLocale } from '../../platform/shared/i18n';
import { contactsItem, readContacts, writeContacts } from '../../platform/storage/storage';
import { ConfirmRow } from './confirm-row';
import { useStored } from './use-stored';

type Focus = { id: string; control: 'up' | 'down' } | null;

/** People: add, edit, reorder (by buttons, so it works from the keyboard) and remove. */
export function PeopleSection() {
  const { value: contacts, status, update } = useStored(readContacts, writeContacts, contactsItem);
  const [mode, setMode] = useState<{ kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string }>({
    kind: 'list',
  });
  const [removing, setRemoving] = useState<string | null>(null);
  const [limit, setLimit] = useState<string | null>(null);
  const [focus, setFocus] = useState<Focus>(null);

  // Keep focus on the button that moved the person, so repeated presses keep moving them.
  useEffect(() => {
    if (!focus) return;
    const own = document.getElementById(`move-${focus.control}-${focus.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${focus.control === 'up' ? 'down' : 'up'}-${focus.id}`);
    (own && !own.disabled ? own : other)?.focus();
    setFocus(null);
  }, [focus]);

  if (contacts === null)
    return (
      <Shell>
        <p class="muted">{i18n.t('options.people.loading')}</p>
      </Shell>
    );
  const list = contacts;

  function startAdd() {
    const room = canAddContact(list);
    setLimit(room.ok ? null : say(room.error));
    if (room.ok) setMode({ kind: 'add' });
  }

  // Every change applies to the list as stored at that moment: the popup may have just written a
  // "last reached" for someone, and saving the list as shown would revert it.
  async function move(id: string, by: -1 | 1) {
    await update((stored) => moveContact(stored, id, by)).catch(() => undefined);
    setFocus({ id, control: by < 0 ? 'up' : 'down' });
  }

  async function remove(id: string) {
    setRemoving(null);
    await update((stored) => stored.filter((c) => c.id !== id)).catch(() => undefined);
    document.getElementById('people-add')?.focus();
  }

  const now = Date.now();
  return (
    <Shell>
      <SaveStatusLine status={status} />
      {list.length === 0 && <p class="muted">{i18n.t('options.people.empty')}</p>}
      <ul class="items" aria-label={i18n.t('options.people.title')}>
        {list.map((contact, i) =>
          mode.kind === 'edit' && mode.id === contact.id ? (
            <li key={contact.id} class="item">
              <ContactForm
                initial={contact}
                onSave={async (saved) => {
                  await update((stored) => applyContactEdit(stored, saved));
                  setMode({ kind: 'list' });
                }}
                onCancel={() => setMode({ kind: 'list' })}
              />
            </li>
          ) : (
            <li key={contact.id} class="item">
              <div class="item-text">
                <strong>{contact.name}</strong>
                <span class="muted">{details(contact)}</span>
                <span class="muted">{lastReachedText(contact.lastContactedAt, now)}</span>
              </div>
              {removing === contact.id ? (
                <ConfirmRow
                  question={i18n.t('options.people.remove_question', [contact.name])}
                  confirmLabel={i18n.t('common.remove')}
                  cancelLabel={i18n.t('common.keep')}
                  onConfirm={() => void remove(contact.id)}
                  onCancel={() => setRemoving(null)}
                />
              ) : (
                <div class="actions">
                  <button type="button" onClick={() => setMode({ kind: 'edit', id: contact.id })}>
                    {i18n.t('common.edit')} <span class="visually-hidden">{contact.name}</span>
                  </button>
                  <button
                    type="button"
                    id={`move-up-${contact.id}`}
                    disabled={i === 0}
                    onClick={() => void move(contact.id, -1)}
                  >
                    {i18n.t('options.people.move_up')} <span class="visually-hidden">{contact.name}</span>
                  </button>
                  <button
                    type="button"
                    id={`move-down-${contact.id}`}
                    disabled={i === list.length - 1}
                    onClick={() => void move(contact.id, 1)}
                  >
                    {i18n.t('options.people.move_down')} <span class="visually-hidden">{contact.name}</span>
                  </button>
                  <button type="button" onClick={() => setRemoving(contact.id)}>
                    {i18n.t('common.remove')} <span class="visually-hidden">{contact.name}</span>
                  </button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {mode.kind === 'add' ? (
        <div class="subcard">
          <h3>{i18n.t('options.people.add_title')}</h3>
          <ContactForm
            onSave={async (contact) => {
              await update((stored) => {
                const room = canAddContact(stored);
                if (!room.ok) throw new Error(say(room.error));
                return [...stored, contact];
              });
              setMode({ kind: 'list' });
            }}
            onCancel={() => setMode({ kind: 'list' })}
          />
        </div>
      ) : (
        <div class="actions">
          <button
            type="button"
            id="people-add"
            aria-describedby={limit ? 'people-limit' : undefined}
            onClick={startAdd}
          >
            {i18n.t('options.people.add')}
          </button>
        </div>
      )}
      {limit && (
        <p id="people-limit" class="field-error" role="alert">
          {limit}
        </p>
      )}
    </Shell>
  );
}

function Shell({ children }: { children: ComponentChildren }) {
  return (
    <section class="card" id="people" aria-labelledby="people-title">
      <h2 id="people-title">{i18n.t('options.people.title')}</h2>
      <p class="muted">{i18n.t('options.people.intro')}</p>
      {children}
    </section>
  );
}

/**
 * One line with how to reach them and how often. Numbers and addresses are isolated left to right,
 * so a phone number's "+" and spaces keep their order in an Arabic (right-to-left) line.
 */
function details(contact: Contact) {
  const addresses = [contact.phone, contact.email, contact.telegram && `@${contact.telegram}`].filter(
    (a): a is string => Boolean(a),
  );
  const parts = addresses.map((address) => (
    <bdi key={address} dir="ltr">
      {address}
    </bdi>
  ));
  const words: string[] = [];
  if (contact.preferred === 'copy') words.push(i18n.t('options.people.prefers_other'));
  else if (contact.preferred) words.push(i18n.t('options.people.prefers', [channelName(contact.preferred)]));
  if (contact.rhythm) words.push(rhythmName(contact.rhythm).toLocaleLowerCase(uiLocale()));
  return [...parts, ...words].flatMap((part, i) => (i === 0 ? [part] : [' · ', part]));
}
