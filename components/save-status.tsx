import { i18n } from '#i18n';
import type { SaveStatus } from './use-settings';

/** Says, politely to screen readers, whether the last valid edit was saved. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
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
      class={`save-status ${status.kind === 'error' ? 'field-error' : 'field-ok'}`}
      role="status"
      aria-live="polite"
    >
      {text}
    </p>
  );
}
