import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { finishImport } from '../../platform/import-journal';
import { restartTracking } from './restart-tracking';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * On opening, completes or undoes an import that was cut short (the tab closed between its writes,
 * see platform/import-journal.ts), and says which; says so too when that is not possible yet.
 */
export function ImportRecovery() {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    finishImport().then(
      (outcome) => {
        if (outcome === 'none') return;
        setNotice({
          ok: true,
          text:
            outcome === 'completed'
              ? i18n.t('options.data.recovered_completed')
              : i18n.t('options.data.recovered_rolled_back'),
        });
        void restartTracking();
      },
      (error: unknown) =>
        setNotice({ ok: false, text: i18n.t('options.data.recover_failed', [reason(error)]) }),
    );
  }, []);
  if (!notice) return null;
  return (
    <p class={`banner ${notice.ok ? 'banner-ok' : 'banner-error'}`} role={notice.ok ? 'status' : 'alert'}>
      {notice.text}
    </p>
  );
}
