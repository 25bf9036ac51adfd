import { useId, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type Channel,
  type Contact,
  type ContactErrors,
  type ContactField,
  channelNeeds,
  RHYTHMS,
  type Rhythm,
  validateContactInput,
} from '../lib/people/contacts';
import { say } from '../platform/shared/i18n';
import { PhoneField, readTypedPhone } from './phone-field';

/** How each channel and rhythm is named in the form and the people list. */
export function channelName(channel: Channel): string {
  return {
    sms: i18n.t('common.channel.sms'),
    whatsapp: i18n.t('common.channel.whatsapp'),
    signal: i18n.t('common.channel.signal'),
    telegram: i18n.t('common.channel.telegram'),
    email: i18n.t('common.channel.email'),
    call: i18n.t('common.channel.call'),
    copy: i18n.t('common.channel.copy'),
  }[channel];
}

/** The answers to "How do you usually message them?", in the order they are offered. */
const USUAL_CHANNELS: readonly Channel[] = ['whatsapp', 'signal', 'telegram', 'sms', 'email', 'copy'];

/** A channel as an answer to that question: "Other" for copying the message into another app. */
function usualName(channel: Channel): string {
  return channel === 'copy' ? i18n.t('contact.usual_other') : channelName(channel);
}

export function rhythmName(rhythm: Rhythm): string {
  return {
    week: i18n.t('common.rhythm.week'),
    'two-weeks': i18n.t('common.rhythm.two_weeks'),
    month: i18n.t('common.rhythm.month'),
  }[rhythm];
}

export interface ContactFormProps {
  /** The person being edited; a new person when absent. */
  initial?: Contact;
  /** Receives the validated, normalised contact. A rejection is shown in the form. */
  onSave(contact: Contact): Promise<void>;
  onCancel?(): void;
  /** Name, phone and email only (for the popup); other fields of `initial` are kept as they are. */
  compact?: boolean;
}

/** What is typed in a person's fields, field by field, exactly as typed. */
export type ContactDraft = Record<
  'name' | 'phone' | 'email' | 'telegram' | 'preferred' | 'rhythm' | 'note',
  string
>;

interface ContactFieldsOptions {
  /** Prefix of every id: `<prefix>-<field>`, `-<field>-hint`, `-<field>-error`; unique per page. */
  prefix: string;
  draft: ContactDraft;
  errors: ContactErrors;
  set(field: keyof ContactDraft, value: string): void;
}

/**
 * The fields of a person, each with its label, hint and message, wired for assistive tech (the
 * form here and the welcome page's person share them).
 */
export function contactFields({ prefix, draft, errors, set }: ContactFieldsOptions) {
  const props = (field: keyof ContactDraft, hint?: boolean) => {
    const error = errors[field as ContactField];
    const describedBy = [hint ? `${prefix}-${field}-hint` : '', error ? `${prefix}-${field}-error` : '']
      .join(' ')
      .trim();
    return {
      id: `${prefix}-${field}`,
      name: field,
      value: draft[field],
      'aria-invalid': error ? ('true' as const) : ('false' as const),
      'aria-describedby': describedBy || undefined,
      onInput: (event: Event) => set(field, (event.currentTarget as HTMLInputElement).value),
    };
  };

  // A select reports its choice with `change` (some browsers fire no `input` on keyboard changes).
  const selectProps = (field: 'rhythm') => {
    const { onInput, ...rest } = props(field);
    return { ...rest, onChange: onInput };
  };

  const message = (field: ContactField) =>
    errors[field] ? (
      <p id={`${prefix}-${field}-error`} class="field-error" role="alert">
        {say(errors[field])}
      </p>
    ) : null;

  const label = (field: keyof ContactDraft, text: string) => <label for={`${prefix}-${field}`}>{text}</label>;

  // Every usual way is one tap, whatever is typed yet; one that still needs a detail says which at
  // once (a call, no longer offered as an answer, stays for a person who already has it).
  const usual: readonly Channel[] =
    draft.preferred === 'call' ? [...USUAL_CHANNELS.slice(0, -1), 'call', 'copy'] : USUAL_CHANNELS;
  // The number as it will be saved: "06 12 34 56 78" read in France opens WhatsApp too.
  const phone = readTypedPhone(draft.phone);
  const chosen = draft.preferred === '' ? null : (draft.preferred as Channel);
  const needs =
    chosen && !errors.preferred
      ? channelNeeds(chosen, {
          ...draft,
          phone: phone.ok ? phone.value : draft.phone,
          preferred: undefined,
        } as Partial<Contact>)
      : null;
  const personName = draft.name.trim();

  return {
    name: (required = false) => (
      <div class="field">
        {label('name', i18n.t('contact.name'))}
        <input
          type="text"
          autoComplete="off"
          required={required || undefined}
          aria-required={required ? 'true' : undefined}
          {...props('name')}
        />
        {message('name')}
      </div>
    ),
    phone: (hint: string) => (
      <div class="field">
        {label('phone', i18n.t('contact.phone'))}
        <PhoneField input={props('phone', true)} onText={(text) => set('phone', text)} />
        <p id={`${prefix}-phone-hint`} class="muted hint">
          {hint}
        </p>
        {message('phone')}
      </div>
    ),
    email: () => (
      <div class="field">
        {label('email', i18n.t('contact.email'))}
        <input type="email" autoComplete="off" {...props('email')} />
        {message('email')}
      </div>
    ),
    telegram: () => (
      <div class="field">
        {label('telegram', i18n.t('contact.telegram'))}
        <input type="text" autoComplete="off" {...props('telegram')} />
        {message('telegram')}
      </div>
    ),
    preferred: () => (
      <fieldset
        class="usual"
        aria-describedby={
          errors.preferred ? `${prefix}-preferred-error` : needs ? `${prefix}-preferred-needs` : undefined
        }
      >
        <legend>
          {personName ? i18n.t('contact.usually', [personName]) : i18n.t('contact.usually_unnamed')}
        </legend>
        <div class="chips">
          {[...usual, '' as const].map((channel: Channel | '', index) => (
            <label class="chip" key={channel || 'none'}>
              <input
                type="radio"
                name={`${prefix}-preferred`}
                // The field's id (focused when it needs attention) goes to the choice made, else the first.
                id={(chosen ? channel === chosen : index === 0) ? `${prefix}-preferred` : undefined}
                value={channel}
                checked={draft.preferred === channel}
                aria-invalid={errors.preferred && channel === chosen ? 'true' : undefined}
                onChange={() => set('preferred', channel)}
              />
              {channel === '' ? i18n.t('contact.preferred_none') : usualName(channel)}
            </label>
          ))}
        </div>
        {needs && (
          <p id={`${prefix}-preferred-needs`} class="muted hint">
            {say(needs)}
          </p>
        )}
        {message('preferred')}
      </fieldset>
    ),
    rhythm: () => (
      <div class="field">
        {label('rhythm', i18n.t('contact.rhythm'))}
        <select {...selectProps('rhythm')}>
          <option value="">{i18n.t('contact.rhythm_none')}</option>
          {RHYTHMS.map((rhythm) => (
            <option key={rhythm} value={rhythm}>
              {rhythmName(rhythm)}
            </option>
          ))}
        </select>
        {message('rhythm')}
      </div>
    ),
    note: () => (
      <div class="field">
        {label('note', i18n.t('contact.note'))}
        <textarea rows={2} {...props('note')} />
        {message('note')}
      </div>
    ),
  };
}

function draftOf(contact?: Contact): ContactDraft {
  return {
    name: contact?.name ?? '',
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    telegram: contact?.telegram ?? '',
    preferred: contact?.preferred ?? '',
    rhythm: contact?.rhythm ?? '',
    note: contact?.note ?? '',
  };
}

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Adds or edits one person. Nothing is handed to `onSave` until every field is valid; each
 * problem is shown under its own field and announced.
 */
export function ContactForm({ initial, onSave, onCancel, compact = false }: ContactFormProps) {
  const uid = useId();
  const [draft, setDraft] = useState<ContactDraft>(() => draftOf(initial));
  const [errors, setErrors] = useState<ContactErrors>({});
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const validate = (next: ContactDraft) =>
    validateContactInput(
      { ...initial, ...next },
      { id: initial?.id ?? newId(), now: initial?.createdAt ?? Date.now(), readPhone: readTypedPhone },
    );

  function update(field: keyof ContactDraft, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (tried) {
      const result = validate(next);
      setErrors(result.ok ? {} : result.errors);
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    const result = validate(draft);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      document.getElementById(`${uid}-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.value);
      if (!initial) {
        setDraft(draftOf());
        setTried(false);
      }
    } catch (error) {
      setFailure(i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]));
    } finally {
      setSaving(false);
    }
  }

  const fields = contactFields({ prefix: uid, draft, errors, set: update });

  return (
    <form class={`contact-form${compact ? ' compact' : ''}`} onSubmit={submit} noValidate>
      {fields.name(true)}
      {fields.phone(i18n.t('contact.phone_hint'))}
      {fields.email()}
      {!compact && (
        <>
          {fields.telegram()}
          {fields.preferred()}
          {fields.rhythm()}
          {fields.note()}
        </>
      )}
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? i18n.t('common.saving') : i18n.t('contact.save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {i18n.t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
