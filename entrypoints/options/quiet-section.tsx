import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { QuietHoursFields } from '../../components/quiet-hours-fields';
import { SaveStatusLine } from '../../components/save-status';
import type { Settings } from '../../lib/settings/settings';
import type { SaveSettings, SaveStatus } from '../../platform/pages/use-settings';

interface Props {
  settings: Settings;
  save: SaveSettings;
}

/** Quiet hours: on/off and a window that may wrap midnight; equal times are refused. */
export function QuietSection({ settings, save }: Props) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  function saveValid(next: Settings) {
    setStatus({ kind: 'saving' });
    void save({ quietHours: next.quietHours }).then((failed) =>
      setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
    );
  }

  return (
    <section class="card" id="quiet" aria-labelledby="quiet-title">
      <h2 id="quiet-title">{i18n.t('options.quiet.title')}</h2>
      <p class="muted">{i18n.t('options.quiet.intro')}</p>
      <QuietHoursFields idPrefix="quiet" settings={settings} onValid={saveValid} />
      <SaveStatusLine id="quiet-status" status={status} />
    </section>
  );
}
