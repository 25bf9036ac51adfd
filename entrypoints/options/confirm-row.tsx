import { useEffect, useRef } from 'preact/hooks';
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
 * lands on the safe choice, so a stray Enter changes nothing; Escape cancels.
 */
export function ConfirmRow({
  question,
  confirmLabel,
  cancelLabel = i18n.t('common.cancel'),
  onConfirm,
  onCancel,
}: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <legend>{question}</legend>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </fieldset>
  );
}
