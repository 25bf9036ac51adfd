import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { sendData } from '../../platform/shared/messages';
import { importCutShort } from '../../platform/storage/import-journal';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * On opening, has the background complete or undo an import that was cut short (the worker stopped
 * between its writes, see platform/storage/import-journal.ts), and says which; says so too when
 * that is not possible yet. The background does it in its event queue, after any import still being
 * written (another tab's), so opening a second tab never rolls an import back halfway.
 */
export function ImportRecovery() {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    // Most openings find no journal and ask the background nothing.
    importCutShort()
      .then((cut) => (cut ? sendData({ type: 'finish-import' }) : ({ ok: true, outcome: 'none' } as const)))
      .then((reply) => {
        if (!reply.ok) throw new Error(reply.error);
        return reply.outcome;
      })
      .then(
        (outcome) => {
          if (outcome === 'none') return;
          setNotice({
            ok: true,
            text:
              outcome === 'completed'
                ? i18n.t('options.data.recovered_completed')
                : i18n.t('options.data.recovered_rolled_back'),
          });
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
