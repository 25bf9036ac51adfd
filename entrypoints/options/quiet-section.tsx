import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SaveStatusLine } from '../../components/save-status';
import type { SaveStatus } from '../../components/use-settings';
import type { QuietHours, Settings } from '../../lib/settings';
import { editQuietHours } from '../../lib/settings-edit';
import { say } from '../../platform/i18n';
import type { SaveSettings } from './app';

interface Props {
  settings: Settings;
  save: SaveSettings;
}

/** Quiet hours: on/off and a window that may wrap midnight; equal times are refused. */
export function QuietSection({ settings, save }: Props) {
  const [draft, setDraft] = useState<QuietHours>(settings.quietHours);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  useEffect(() => {
    if (!error) setDraft(settings.quietHours);
  }, [settings.quietHours]);

  function change(patch: Partial<QuietHours>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = editQuietHours(settings, next);
    setError(result.ok ? null : say(result.error));
    if (!result.ok) return;
    setStatus({ kind: 'saving' });
    void save({ quietHours: result.settings.quietHours }).then((failed) =>
      setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
    );
  }

  const invalid = error ? 'true' : 'false';
  const describedBy = error ? 'quiet-error' : undefined;
  return (
    <section class="card" id="quiet" aria-labelledby="quiet-title">
      <h2 id="quiet-title">{i18n.t('options.quiet.title')}</h2>
      <p class="muted">{i18n.t('options.quiet.intro')}</p>
      <div class="field inline">
        <input
          id="quiet-enabled"
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        <label for="quiet-enabled">{i18n.t('options.quiet.enabled')}</label>
      </div>
      <div class="row">
        <div class="field">
          <label for="quiet-start">{i18n.t('options.quiet.start')}</label>
          <input
            id="quiet-start"
            type="time"
            value={draft.start}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onInput={(event) => change({ start: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="quiet-end">{i18n.t('options.quiet.end')}</label>
          <input
            id="quiet-end"
            type="time"
            value={draft.end}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onInput={(event) => change({ end: event.currentTarget.value })}
          />
        </div>
      </div>
      {error && (
        <p id="quiet-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <SaveStatusLine id="quiet-status" status={status} />
    </section>
  );
}
