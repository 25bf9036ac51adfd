import { i18n } from '#i18n';
import { NumberField } from '../../components/number-field';
import { BOUNDS, type NumericSetting, type Settings } from '../../lib/settings';
import { editNumber } from '../../lib/settings-edit';
import { say } from '../../platform/i18n';

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
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

/** Rhythm: when a nudge comes, what counts as a break, and how often it may come back. */
export function RhythmSection({ settings, save }: Props) {
  return (
    <section class="card" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{i18n.t('options.rhythm.title')}</h2>
      {fields().map(({ key, label, hint }) => (
        <NumberField
          key={key}
          id={key}
          label={label}
          hint={hint}
          value={settings[key]}
          min={BOUNDS[key].min}
          max={BOUNDS[key].max}
          onCommit={(text) => {
            const result = editNumber(settings, key, text);
            if (!result.ok) return say(result.error);
            if (result.settings[key] !== settings[key]) save(result.settings);
            return null;
          }}
        />
      ))}
    </section>
  );
}
