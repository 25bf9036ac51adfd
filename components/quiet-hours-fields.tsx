import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { QuietHours, Settings } from '../lib/settings/settings';
import { editQuietHours } from '../lib/settings/settings-edit';
import { say } from '../platform/shared/i18n';

interface Props {
  /** Prefix of every id inside (`<prefix>-enabled`, `-start`, `-end`, `-error`); unique per page. */
  idPrefix: string;
  settings: Settings;
  /** Called with the whole settings after each valid change; an invalid one is only shown. */
  onValid: (next: Settings) => void;
  /** Whether the time fields are disabled while quiet hours are off. */
  lockTimesWhenOff?: boolean;
}

/** Quiet hours on/off and their window, as typed; equal times are refused under the fields. */
export function QuietHoursFields({ idPrefix, settings, onValid, lockTimesWhenOff = false }: Props) {
  const [draft, setDraft] = useState<QuietHours>(settings.quietHours);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!error) setDraft(settings.quietHours);
  }, [settings.quietHours]);

  function change(patch: Partial<QuietHours>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = editQuietHours(settings, next);
    setError(result.ok ? null : say(result.error));
    if (result.ok) onValid(result.settings);
  }

  const time = (which: 'start' | 'end', label: string) => (
    <div class="field">
      <label for={`${idPrefix}-${which}`}>{label}</label>
      <input
        id={`${idPrefix}-${which}`}
        type="time"
        value={draft[which]}
        disabled={lockTimesWhenOff ? !draft.enabled : undefined}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${idPrefix}-error` : undefined}
        onInput={(event) =>
          change(
            which === 'start' ? { start: event.currentTarget.value } : { end: event.currentTarget.value },
          )
        }
      />
    </div>
  );

  return (
    <>
      <div class="field inline">
        <input
          id={`${idPrefix}-enabled`}
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        <label for={`${idPrefix}-enabled`}>{i18n.t('options.quiet.enabled')}</label>
      </div>
      <div class="row">
        {time('start', i18n.t('options.quiet.start'))}
        {time('end', i18n.t('options.quiet.end'))}
      </div>
      {error && (
        <p id={`${idPrefix}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
