import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { channelName, rhythmName } from '../../components/contact-form';
import {
  type Channel,
  type Contact,
  type ContactErrors,
  type ContactField,
  channelsOf,
  RHYTHMS,
  validateContactInput,
} from '../../lib/contacts';
import { say } from '../../platform/i18n';

/** What the person typed, field by field, exactly as typed. */
export type PersonDraft = Record<
  'name' | 'phone' | 'email' | 'telegram' | 'preferred' | 'rhythm' | 'note',
  string
>;

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
  return validateContactInput(draft, { id, now });
}

interface Props {
  draft: PersonDraft;
  errors: ContactErrors;
  onChange: (next: PersonDraft) => void;
}

const DETAILS: ReadonlyArray<ContactField> = ['email', 'telegram', 'preferred', 'rhythm', 'note'];

/**
 * One person, optional: a name and a phone in sight, every other detail behind a disclosure that
 * opens by itself when one of its fields needs attention. Saved by the page's Finish.
 */
export function PersonFields({ draft, errors, onChange }: Props) {
  const field = (name: keyof PersonDraft, hint?: string) => {
    const error = errors[name as ContactField];
    const describedBy = [hint ? `person-${name}-hint` : '', error ? `person-${name}-error` : '']
      .join(' ')
      .trim();
    return {
      id: `person-${name}`,
      name,
      value: draft[name],
      'aria-invalid': error ? ('true' as const) : ('false' as const),
      'aria-describedby': describedBy || undefined,
      onInput: (event: Event) =>
        onChange({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value }),
    };
  };
  const select = (name: 'preferred' | 'rhythm') => {
    const { onInput, ...rest } = field(name);
    return { ...rest, onChange: onInput };
  };
  const message = (name: ContactField) =>
    errors[name] ? (
      <p id={`person-${name}-error`} class="field-error" role="alert">
        {say(errors[name])}
      </p>
    ) : null;
  const available = channelsOf({ ...draft, preferred: undefined } as Partial<Contact>);
  const preferredOptions =
    draft.preferred !== '' && !available.includes(draft.preferred as Channel)
      ? [...available, draft.preferred as Channel]
      : available;
  const details = useRef<HTMLDetailsElement>(null);
  const detailsNeedAttention = DETAILS.some((name) => errors[name]);
  // Opened for a problem inside, never closed under the person's hands.
  useEffect(() => {
    if (detailsNeedAttention && details.current) details.current.open = true;
  }, [detailsNeedAttention]);

  return (
    <div class="person-fields">
      <div class="field">
        <label for="person-name">{i18n.t('contact.name')}</label>
        <input type="text" autoComplete="off" {...field('name')} />
        {message('name')}
      </div>
      <div class="field">
        <label for="person-phone">{i18n.t('contact.phone')}</label>
        <input type="tel" autoComplete="off" {...field('phone', 'hint')} />
        <p id="person-phone-hint" class="muted hint">
          {i18n.t('welcome.person.phone_hint')}
        </p>
        {message('phone')}
      </div>
      <details class="more" ref={details}>
        <summary>{i18n.t('welcome.person.more')}</summary>
        <div class="field">
          <label for="person-email">{i18n.t('contact.email')}</label>
          <input type="email" autoComplete="off" {...field('email')} />
          {message('email')}
        </div>
        <div class="field">
          <label for="person-telegram">{i18n.t('contact.telegram')}</label>
          <input type="text" autoComplete="off" {...field('telegram')} />
          {message('telegram')}
        </div>
        <div class="field">
          <label for="person-preferred">{i18n.t('contact.preferred')}</label>
          <select {...select('preferred')}>
            <option value="">{i18n.t('contact.preferred_none')}</option>
            {preferredOptions.map((channel) => (
              <option key={channel} value={channel}>
                {channelName(channel)}
              </option>
            ))}
          </select>
          {message('preferred')}
        </div>
        <div class="field">
          <label for="person-rhythm">{i18n.t('contact.rhythm')}</label>
          <select {...select('rhythm')}>
            <option value="">{i18n.t('contact.rhythm_none')}</option>
            {RHYTHMS.map((rhythm) => (
              <option key={rhythm} value={rhythm}>
                {rhythmName(rhythm)}
              </option>
            ))}
          </select>
          {message('rhythm')}
        </div>
        <div class="field">
          <label for="person-note">{i18n.t('contact.note')}</label>
          <textarea rows={2} {...field('note')} />
          {message('note')}
        </div>
      </details>
    </div>
  );
}
