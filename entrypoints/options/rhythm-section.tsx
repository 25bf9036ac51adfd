import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { NumberField } from '../../components/number-field';
import { SaveStatusLine } from '../../components/save-status';
import { presetOf, RHYTHM_PRESETS } from '../../lib/settings/rhythm-presets';
import { BOUNDS, type NumericSetting, type Settings } from '../../lib/settings/settings';
import { editNumber } from '../../lib/settings/settings-edit';
import type { SaveSettings, SaveStatus } from '../../platform/pages/use-settings';
import { say } from '../../platform/shared/i18n';

interface Props {
  settings: Settings;
  save: SaveSettings;
}

const range = (key: NumericSetting): [string, string] => [String(BOUNDS[key].min), String(BOUNDS[key].max)];

const fields = (): { key: NumericSetting; label: string; hint: string }[] => [
  {
    key: 'thresholdMin',
    label: i18n.t('options.rhythm.threshold'),
    hint: i18n.t('options.rhythm.minutes_hint', range('thresholdMin')),
  },
  {
    key: 'breakMin',
    label: i18n.t('options.rhythm.break'),
    hint: i18n.t('options.rhythm.minutes_hint', range('breakMin')),
  },
  {
    key: 'repeatMin',
    label: i18n.t('options.rhythm.repeat'),
    hint: i18n.t('options.rhythm.minutes_hint', range('repeatMin')),
  },
  {
    key: 'dailyCap',
    label: i18n.t('options.rhythm.cap'),
    hint: i18n.t('options.rhythm.count_hint', range('dailyCap')),
  },
];

/**
 * Rhythm: the starting presets, when a nudge comes, what counts as a break, how often it may come
 * back, and whether watching (idle, with sound in front) still counts as screen time.
 */
export function RhythmSection({ settings, save }: Props) {
  // A preset's save is said by the two fields it changes.
  const [presetStatus, setPresetStatus] = useState<SaveStatus | undefined>(undefined);
  const [watchingStatus, setWatchingStatus] = useState<SaveStatus>({ kind: 'idle' });
  const chosen = presetOf(settings);
  return (
    <section class="card" id="rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{i18n.t('options.rhythm.title')}</h2>
      <fieldset class="choices">
        <legend class="muted">{i18n.t('options.rhythm.presets')}</legend>
        {RHYTHM_PRESETS.map((preset) => (
          <div class="choice" key={preset.id}>
            <input
              id={`preset-${preset.id}`}
              type="radio"
              name="rhythm-preset"
              checked={chosen?.id === preset.id}
              onChange={() => {
                setPresetStatus({ kind: 'saving' });
                void save({ thresholdMin: preset.thresholdMin, breakMin: preset.breakMin }).then((failed) =>
                  setPresetStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
                );
              }}
            />
            <label for={`preset-${preset.id}`}>{say(preset.label)}</label>
          </div>
        ))}
        {!chosen && <p class="muted hint">{i18n.t('options.rhythm.own')}</p>}
      </fieldset>
      {fields().map(({ key, label, hint }) => (
        <NumberField
          key={key}
          id={key}
          label={label}
          hint={hint}
          value={settings[key]}
          min={BOUNDS[key].min}
          max={BOUNDS[key].max}
          outcome={key === 'thresholdMin' || key === 'breakMin' ? presetStatus : undefined}
          onCommit={(text) => {
            const result = editNumber(settings, key, text);
            if (!result.ok) return say(result.error);
            if (result.settings[key] === settings[key]) return null;
            return save({ [key]: result.settings[key] });
          }}
        />
      ))}
      <div class="choice">
        <input
          id="count-watching"
          type="checkbox"
          checked={settings.countWatching}
          aria-describedby="count-watching-hint count-watching-status"
          onChange={(e) => {
            setWatchingStatus({ kind: 'saving' });
            void save({ countWatching: e.currentTarget.checked }).then((failed) =>
              setWatchingStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
            );
          }}
        />
        <label for="count-watching">{i18n.t('options.rhythm.watching')}</label>
        <p id="count-watching-hint" class="muted hint">
          {i18n.t('options.rhythm.watching_hint')}
        </p>
        <SaveStatusLine id="count-watching-status" status={watchingStatus} />
      </div>
    </section>
  );
}
