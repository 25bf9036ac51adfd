import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { clockTime } from '../platform/shared/i18n';
import { watchSaveError } from '../platform/storage/save-error';
import type { SaveError } from '../platform/storage/storage-keys';

/** A banner while the background's last save failed (it keeps going and retries at the next event). */
export function SaveErrorBanner() {
  const [error, setError] = useState<SaveError | null>(null);
  useEffect(() => watchSaveError(setError), []);
  if (!error) return null;
  return (
    <p class="banner banner-error" role="alert">
      {i18n.t('common.save_error', [clockTime(error.at), error.message])}
    </p>
  );
}
