import { useState } from 'preact/hooks';
import { ContactForm } from '../../components/contact-form';
import { canAddContact } from '../../lib/contacts';
import { readContacts, writeContacts } from '../../platform/storage';

const TEXT = {
  title: 'Add one person',
  intro: 'Someone you’d be glad to hear from. This is optional; you can add people any time in settings.',
  skip: 'Skip for now',
  added: (name: string) => `${name} is on your list. You can add more people in settings.`,
  skipped: 'No problem. You can add people any time in settings.',
} as const;

/** One optional person, with the same form the settings page uses. */
export function AddPerson() {
  const [done, setDone] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="person-title">
      <h2 id="person-title">{TEXT.title}</h2>
      {done ? (
        <p class="field-ok" role="status">
          {done}
        </p>
      ) : (
        <>
          <p class="muted">{TEXT.intro}</p>
          <ContactForm
            onSave={async (contact) => {
              const list = await readContacts();
              const room = canAddContact(list);
              if (!room.ok) throw new Error(room.error);
              await writeContacts([...list, contact]);
              setDone(TEXT.added(contact.name));
            }}
          />
          <div class="actions">
            <button type="button" onClick={() => setDone(TEXT.skipped)}>
              {TEXT.skip}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
