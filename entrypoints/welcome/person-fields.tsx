import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { type ContactDraft, contactFields } from '../../components/contact-form';
import { readTypedPhone } from '../../components/phone-field';
import { type ContactErrors, type ContactField, validateContactInput } from '../../lib/people/contacts';

/** What the person typed, field by field, exactly as typed. */
export type PersonDraft = ContactDraft;

export const EMPTY_PERSON: PersonDraft = {
  name: '',
  phone: '',
  email: '',
  telegram: '',
  preferred: '',
  rhythm: '',
  note: '',
};

/** Whether anything at all was typed (a person who would be lost if the page moved on). */
export function isStarted(draft: PersonDraft): boolean {
  return Object.values(draft).some((value) => value.trim() !== '');
}

/** The draft as a valid contact, or a message per field (the same checks as the settings page). */
export function checkPerson(draft: PersonDraft, id: string, now: number) {
  return validateContactInput(draft, { id, now, readPhone: readTypedPhone });
}

interface Props {
  draft: PersonDraft;
  errors: ContactErrors;
  onChange: (next: PersonDraft) => void;
}

const DETAILS: ReadonlyArray<ContactField> = ['email', 'telegram', 'rhythm', 'note'];

/**
 * One person, optional: a name, a phone and how they usually message them in sight (one tap), every
 * other detail behind a disclosure that opens by itself when one of its fields needs attention, or
 * when the answer (email, Telegram) needs a detail that is inside it. Saved by the page's Finish.
 */
export function PersonFields({ draft, errors, onChange }: Props) {
  const fields = contactFields({
    prefix: 'person',
    draft,
    errors,
    set: (name, value) => onChange({ ...draft, [name]: value }),
  });
  const details = useRef<HTMLDetailsElement>(null);
  const detailsNeedAttention =
    DETAILS.some((name) => errors[name]) || draft.preferred === 'email' || draft.preferred === 'telegram';
  // Opened for a problem inside, never closed under the person's hands.
  useEffect(() => {
    if (detailsNeedAttention && details.current) details.current.open = true;
  }, [detailsNeedAttention]);

  return (
    <div class="person-fields">
      {fields.name()}
      {fields.phone(i18n.t('welcome.person.phone_hint'))}
      {fields.preferred()}
      <details class="more" ref={details}>
        <summary>{i18n.t('welcome.person.more')}</summary>
        {fields.email()}
        {fields.telegram()}
        {fields.rhythm()}
        {fields.note()}
      </details>
    </div>
  );
}
