import { useEffect, useRef, useState } from 'preact/hooks';
import type { SaveStatus } from '../platform/pages/use-settings';
import { SaveStatusLine } from './save-status';

/** A typed value that has rested this long is committed, as if the person had left the field. */
export const REST_MS = 1000;

/**
 * What committing typed text led to: an error message (invalid input, nothing saved), null (nothing
 * to save), or a write in progress that resolves with null (saved) or the reason it failed.
 */
export type CommitOutcome = string | null | Promise<string | null>;

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  /** Checks the typed text and, when valid, saves it. Called only when the person commits. */
  onCommit: (text: string) => CommitOutcome;
  /** The outcome of a save of this field made by another control (a preset), shown as its own. */
  outcome?: SaveStatus;
}

/**
 * A number input that saves only what the person meant: on commit (leaving the field, Enter, the
 * spin buttons) or once a value has rested for `REST_MS`, and when the page goes away. Typing
 * "180" never saves the "18" on the way. Its own line says whether its value was saved or why not.
 */
export function NumberField({ id, label, hint, value, min, max, onCommit, outcome }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const typed = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestCommit = useRef(onCommit);
  latestCommit.current = onCommit;

  function commit() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = typed.current;
    if (next === null) return;
    typed.current = null;
    const outcome = latestCommit.current(next);
    if (typeof outcome === 'string') {
      setError(outcome);
      setStatus({ kind: 'idle' });
      return;
    }
    setError(null);
    if (outcome === null) return;
    setStatus({ kind: 'saving' });
    void outcome.then((failed) => setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }));
  }

  useEffect(() => {
    if (!error && typed.current === null) setText(String(value));
  }, [value]);

  useEffect(() => {
    if (outcome) setStatus(outcome);
  }, [outcome]);

  useEffect(() => {
    window.addEventListener('pagehide', commit);
    return () => {
      window.removeEventListener('pagehide', commit);
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
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
          aria-describedby={[hint ? hintId : '', error ? errorId : '', statusId].join(' ').trim()}
          onInput={(event) => {
            const next = event.currentTarget.value;
            setText(next);
            typed.current = next;
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(commit, REST_MS);
          }}
          onChange={commit}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
        <SaveStatusLine id={statusId} status={status} />
      </div>
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
