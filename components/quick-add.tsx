import { useState } from 'preact/hooks';
import { type Contact, type ContactErrors, validateContactInput } from '../lib/contacts';

/** People to think of while no one is saved yet. */
const THINK_OF = [
  'a friend who makes you laugh',
  'someone who knew you years ago',
  'a family member you miss',
  'a colleague you’d like to know better',
  'the person you’d call with good news',
];

interface Props {
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
      setErrors({ phone: 'Add a phone number or an email address so Attune can draft a message.' });
      return;
    }
    setErrors({});
    await onAdd(result.value);
  }

  const reachError = errors.phone ?? errors.email;
  return (
    <section class="reach-out" aria-labelledby="reach-title">
      <h2 id="reach-title">Who could you reach out to?</h2>
      <p class="muted">
        Think of {THINK_OF[seed % THINK_OF.length]}. Add them here and Attune will draft a message.
      </p>
      <form onSubmit={submit} class="quick-add" noValidate>
        <label for="qa-name">Name</label>
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
            {errors.name}
          </p>
        )}
        <label for="qa-reach">Phone or email</label>
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
            {reachError}
          </p>
        )}
        <button type="submit" class="primary">
          Add person
        </button>
      </form>
    </section>
  );
}
