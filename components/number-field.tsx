import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  /** Validates the typed text; returns an error message, or null after accepting the value. */
  onCommit: (text: string) => string | null;
}

/** A number input that checks every keystroke and shows its own message right under it. */
export function NumberField({ id, label, hint, value, min, max, onCommit }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!error) setText(String(value));
  }, [value]);

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={[hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          setError(onCommit(next));
        }}
      />
      {hint && (
        <p id={hintId} class="muted hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
