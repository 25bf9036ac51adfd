import { useEffect, useRef, useState } from 'preact/hooks';
import { fillTemplate, MAX_TEMPLATE_LENGTH, templateLength, validateTemplate } from '../../lib/templates';

export const TEMPLATE_EDITOR_TEXT = {
  label: 'Message',
  count: (n: number) => `${n} of ${MAX_TEMPLATE_LENGTH} characters.`,
  example: 'For someone called Sam it reads:',
  exampleName: 'Sam',
  save: 'Save message',
  cancel: 'Cancel',
  duplicate: 'That message is already in your list.',
} as const;

const T = TEMPLATE_EDITOR_TEXT;

interface Props {
  id: string;
  initial?: string;
  /** The other messages, to refuse a duplicate. */
  others: readonly string[];
  onSave(text: string): Promise<void>;
  onCancel(): void;
}

/** Writes or edits one message, with a live example of `{name}` filled in. */
export function TemplateEditor({ id, initial = '', others, onSave, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    const result = validateTemplate(text);
    const problem = !result.ok ? result.error : others.includes(result.value) ? T.duplicate : null;
    setError(problem);
    if (problem !== null || !result.ok) {
      field.current?.focus();
      return;
    }
    try {
      await onSave(result.value);
    } catch {
      // The section's status line says why.
    }
  }

  const describedBy = [`${id}-count`, `${id}-example`, error ? `${id}-error` : ''].join(' ').trim();
  return (
    <form class="template-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for={id}>{T.label}</label>
        <textarea
          id={id}
          ref={field}
          rows={3}
          value={text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <p id={`${id}-count`} class="muted hint">
          {T.count(templateLength(text.trim()))}
        </p>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
        <p id={`${id}-example`} class="hint">
          <span class="muted">{T.example}</span> <q>{fillTemplate(text.trim(), T.exampleName)}</q>
        </p>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {T.save}
        </button>
        <button type="button" onClick={onCancel}>
          {T.cancel}
        </button>
      </div>
    </form>
  );
}
