import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SaveStatusLine } from '../../components/save-status';
import { NUDGE_STYLES, type NudgeStyle, type Settings } from '../../lib/settings/settings';
import type { SaveSettings, SaveStatus } from '../../platform/pages/use-settings';
import { send } from '../../platform/shared/messages';

function styleWords(style: NudgeStyle): { label: string; hint: string } {
  switch (style) {
    case 'popup':
      return { label: i18n.t('options.style.popup'), hint: i18n.t('options.style.popup_hint') };
    case 'notification':
      return { label: i18n.t('options.style.notification'), hint: i18n.t('options.style.notification_hint') };
    case 'badge':
      return { label: i18n.t('options.style.badge'), hint: i18n.t('options.style.badge_hint') };
  }
}

interface Props {
  settings: Settings;
  save: SaveSettings;
}

/** The nudge style, and a preview that shows one now. */
export function StyleSection({ settings, save }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  return (
    <section class="card" id="style" aria-labelledby="style-title">
      <h2 id="style-title">{i18n.t('options.style.title')}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">{i18n.t('options.style.title')}</legend>
        {NUDGE_STYLES.map((style) => (
          <div class="choice" key={style}>
            <input
              id={`style-${style}`}
              type="radio"
              name="nudge-style"
              value={style}
              checked={settings.nudgeStyle === style}
              aria-describedby={`style-${style}-hint`}
              onChange={() => {
                setStatus({ kind: 'saving' });
                void save({ nudgeStyle: style }).then((failed) =>
                  setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
                );
              }}
            />
            <label for={`style-${style}`}>{styleWords(style).label}</label>
            <p id={`style-${style}-hint`} class="muted hint">
              {styleWords(style).hint}
            </p>
          </div>
        ))}
      </fieldset>
      <div class="choice">
        <input
          id="badge-minutes"
          type="checkbox"
          checked={settings.badgeMinutes}
          aria-describedby="badge-minutes-hint"
          onChange={(e) => {
            setStatus({ kind: 'saving' });
            void save({ badgeMinutes: e.currentTarget.checked }).then((failed) =>
              setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
            );
          }}
        />
        <label for="badge-minutes">{i18n.t('options.style.badge_minutes')}</label>
        <p id="badge-minutes-hint" class="muted hint">
          {i18n.t('options.style.badge_minutes_hint')}
        </p>
      </div>
      <SaveStatusLine id="style-status" status={status} />
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            setError(null);
            send({ type: 'preview-nudge', style: settings.nudgeStyle }).catch(() =>
              setError(i18n.t('options.style.preview_failed')),
            );
          }}
        >
          {i18n.t('options.style.preview')}
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
