import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { QuietHours as Quiet, Settings } from '../../lib/settings';
import { editQuietHours } from '../../lib/settings-edit';
import { say } from '../../platform/i18n';

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/** The quiet hours in one sentence with their times, and a "Change" that opens them in place. */
export function QuietHoursLine({ settings, save }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<Quiet>(settings.quietHours);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!error) setDraft(settings.quietHours);
  }, [settings.quietHours]);

  function change(patch: Partial<Quiet>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = editQuietHours(settings, next);
    setError(result.ok ? null : say(result.error));
    if (result.ok) save(result.settings);
  }

  const { quietHours } = settings;
  const invalid = error ? 'true' : 'false';
  const describedBy = error ? 'welcome-quiet-error' : undefined;
  return (
    <div class="quiet-line">
      <p>
        <span id="welcome-quiet-summary">
          {quietHours.enabled
            ? i18n.t('welcome.quiet.summary_on', [quietHours.start, quietHours.end])
            : i18n.t('welcome.quiet.summary_off')}
        </span>{' '}
        <button
          type="button"
          class="link"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls="welcome-quiet"
          aria-describedby="welcome-quiet-summary"
          onClick={() => setOpen(!open)}
        >
          {i18n.t('welcome.quiet.change')}
        </button>
      </p>
      <fieldset id="welcome-quiet" class="subcard" hidden={!open}>
        <legend>{i18n.t('options.quiet.title')}</legend>
        <div class="field inline">
          <input
            id="welcome-quiet-enabled"
            type="checkbox"
            checked={draft.enabled}
            onChange={(event) => change({ enabled: event.currentTarget.checked })}
          />
          <label for="welcome-quiet-enabled">{i18n.t('options.quiet.enabled')}</label>
        </div>
        <div class="row">
          <div class="field">
            <label for="welcome-quiet-start">{i18n.t('options.quiet.start')}</label>
            <input
              id="welcome-quiet-start"
              type="time"
              value={draft.start}
              disabled={!draft.enabled}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onInput={(event) => change({ start: event.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="welcome-quiet-end">{i18n.t('options.quiet.end')}</label>
            <input
              id="welcome-quiet-end"
              type="time"
              value={draft.end}
              disabled={!draft.enabled}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onInput={(event) => change({ end: event.currentTarget.value })}
            />
          </div>
        </div>
        {error && (
          <p id="welcome-quiet-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </div>
  );
}
