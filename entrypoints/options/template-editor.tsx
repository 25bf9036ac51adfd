import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  fillTemplate,
  MAX_TEMPLATE_LENGTH,
  templateLength,
  validateTemplate,
} from '../../lib/people/templates';
import { say } from '../../platform/shared/i18n';

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
    const problem = !result.ok
      ? say(result.error)
      : others.includes(result.value)
        ? i18n.t('options.template.duplicate')
        : null;
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

  const exampleName = i18n.t('options.template.example_name');
  const describedBy = [`${id}-count`, `${id}-example`, error ? `${id}-error` : ''].join(' ').trim();
  return (
    <form class="template-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for={id}>{i18n.t('options.template.label')}</label>
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
          {i18n.t('options.template.count', [
            String(templateLength(text.trim())),
            String(MAX_TEMPLATE_LENGTH),
          ])}
        </p>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            {error}
          </p>
        )}
        <p id={`${id}-example`} class="hint">
          <span class="muted">{i18n.t('options.template.example', [exampleName])}</span>{' '}
          <q>{fillTemplate(text.trim(), exampleName)}</q>
        </p>
      </div>
      <div class="actions">
        <button type="submit" class="primary">
          {i18n.t('options.template.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
