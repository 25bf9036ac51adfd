import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Contact, type ContactErrors, validateContactInput } from '../lib/people/contacts';
import { phrase } from '../lib/words/phrase';
import { say } from '../platform/shared/i18n';

/** People to think of while no one is saved yet. */
const thinkOf = () => [
  i18n.t('popup.think_of.laugh'),
  i18n.t('popup.think_of.years_ago'),
  i18n.t('popup.think_of.family'),
  i18n.t('popup.think_of.colleague'),
  i18n.t('popup.think_of.good_news'),
];

export interface Props {
  now: number;
  seed: number;
  onAdd: (contact: Contact) => Promise<void>;
}

/** With no one saved yet: suggests someone to think of, and adds a first person inline. */
export function QuickAdd({ now, seed, onAdd }: Props) {
  const [name, setName] = useState('');
  const [reach, setReach] = useState('');
  const [errors, setErrors] = useState<ContactErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    const way = reach.trim();
    const input = way.includes('@') ? { name, email: way } : { name, phone: way };
    const result = validateContactInput(input, { id: crypto.randomUUID(), now });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (!way) {
      setErrors({ phone: phrase('popup.quick_add.needs_reach') });
      return;
    }
    setErrors({});
    await onAdd(result.value);
  }

  const reachError = errors.phone ?? errors.email;
  const suggestions = thinkOf();
  return (
    <section class="reach-out" aria-labelledby="reach-title">
      <h2 id="reach-title">{i18n.t('popup.quick_add.title')}</h2>
      <p class="muted">
        {i18n.t('popup.quick_add.think_of', [suggestions[seed % suggestions.length] ?? ''])}
      </p>
      <form onSubmit={submit} class="quick-add" noValidate>
        <div class="qa-field">
          <label for="qa-name">{i18n.t('popup.quick_add.name')}</label>
          <input
            id="qa-name"
            value={name}
            autoComplete="off"
            aria-invalid={errors.name ? 'true' : 'false'}
            aria-describedby={errors.name ? 'qa-name-error' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          {errors.name && (
            <p id="qa-name-error" class="field-error" role="alert">
              {say(errors.name)}
            </p>
          )}
        </div>
        <div class="qa-field">
          <label for="qa-reach">{i18n.t('popup.quick_add.reach')}</label>
          <input
            id="qa-reach"
            value={reach}
            autoComplete="off"
            aria-invalid={reachError ? 'true' : 'false'}
            aria-describedby={reachError ? 'qa-reach-error' : undefined}
            onInput={(e) => setReach(e.currentTarget.value)}
          />
          {reachError && (
            <p id="qa-reach-error" class="field-error" role="alert">
              {say(reachError)}
            </p>
          )}
        </div>
        <button type="submit" class="primary">
          {i18n.t('popup.quick_add.add')}
        </button>
      </form>
    </section>
  );
}
