import { i18n } from '#i18n';
import type { SaveStatus } from '../platform/pages/use-settings';

/** Says, politely to screen readers, whether the last valid edit was saved, or why it wasn't. */
export function SaveStatusLine({ status, id }: { status: SaveStatus; id?: string }) {
  const text =
    status.kind === 'saved'
      ? i18n.t('common.saved')
      : status.kind === 'saving'
        ? i18n.t('common.saving')
        : status.kind === 'error'
          ? status.message
          : '';
  return (
    <p
      id={id}
      class={`save-status ${status.kind === 'error' ? 'field-error' : 'field-ok'}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
