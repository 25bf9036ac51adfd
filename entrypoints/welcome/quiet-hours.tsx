import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { QuietHoursFields } from '../../components/quiet-hours-fields';
import type { Settings } from '../../lib/settings/settings';
import { clockText } from '../../platform/shared/i18n';

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/** The quiet hours in one sentence with their times, and a "Change" that opens them in place. */
export function QuietHoursLine({ settings, save }: Props) {
  const [open, setOpen] = useState(false);

  const { quietHours } = settings;
  return (
    <div class="quiet-line">
      <p>
        <span id="welcome-quiet-summary">
          {quietHours.enabled
            ? i18n.t('welcome.quiet.summary_on', [clockText(quietHours.start), clockText(quietHours.end)])
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
        <QuietHoursFields idPrefix="welcome-quiet" settings={settings} onValid={save} lockTimesWhenOff />
      </fieldset>
    </div>
  );
}
