import { i18n } from '#i18n';
import type { Settings } from '../../lib/settings/settings';

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/**
 * Whether names and the draft show at once when Attune opens by itself. Off by default: the person
 * may be sharing their screen when a nudge appears.
 */
export function NamesOnNudge({ settings, save }: Props) {
  return (
    <section class="card" aria-labelledby="names-title">
      <h2 id="names-title">{i18n.t('options.names_on_nudge.title')}</h2>
      <div class="choice">
        <input
          id="names-on-nudge"
          type="checkbox"
          checked={settings.namesOnNudge}
          aria-describedby="names-on-nudge-hint"
          onChange={(e) => save({ ...settings, namesOnNudge: e.currentTarget.checked })}
        />
        <label for="names-on-nudge">{i18n.t('options.names_on_nudge.label')}</label>
        <p id="names-on-nudge-hint" class="muted hint">
          {i18n.t('options.names_on_nudge.hint')}
        </p>
      </div>
    </section>
  );
}
