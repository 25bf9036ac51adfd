import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { ContactForm } from '../../components/contact-form';
import { canAddContact } from '../../lib/contacts';
import { say } from '../../platform/i18n';
import { readContacts, writeContacts } from '../../platform/storage';

/** One optional person, with the same form the settings page uses. */
export function AddPerson() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="person-title">
      <h2 id="person-title">{i18n.t('welcome.person.title')}</h2>
      {done ? (
        <p class="field-ok" role="status">
          {done}
        </p>
      ) : (
        <>
          <p class="muted">{i18n.t('welcome.person.intro')}</p>
          <ContactForm
            onSave={async (contact) => {
              const list = await readContacts();
              const room = canAddContact(list);
              if (!room.ok) throw new Error(say(room.error));
              await writeContacts([...list, contact]);
              setDone(i18n.t('welcome.person.added', [contact.name]));
            }}
          />
          <div class="actions">
            <button type="button" onClick={() => setDone(i18n.t('welcome.person.skipped'))}>
              {i18n.t('welcome.person.skip')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
