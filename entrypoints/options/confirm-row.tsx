import { useEffect, useId, useRef } from 'preact/hooks';
import { i18n } from '#i18n';

interface Props {
  question: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * An inline "are you sure?" for destructive actions, in the page (never `window.confirm`). Focus
 * lands on the safe choice, so a stray Enter changes nothing; Escape cancels. A labelled group, not
 * a fieldset: a fieldset's legend and min-content sizing pushed the buttons out of narrow cards.
 */
export function ConfirmRow({
  question,
  confirmLabel,
  cancelLabel = i18n.t('common.cancel'),
  onConfirm,
  onCancel,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => cancel.current?.focus(), []);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset's sizing pushed the buttons out of narrow cards (see above).
    <div
      class="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={questionId} class="confirm-question">
        {question}
      </p>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
