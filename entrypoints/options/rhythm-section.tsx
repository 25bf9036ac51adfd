import { NumberField } from '../../components/number-field';
import { BOUNDS, type NumericSetting, type Settings } from '../../lib/settings';
import { editNumber } from '../../lib/settings-edit';

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

const FIELDS: { key: NumericSetting; label: string; hint: string }[] = [
  { key: 'thresholdMin', label: 'Nudge after (minutes alone at the screen)', hint: '15 to 480 minutes.' },
  { key: 'breakMin', label: 'Break length (minutes away that end a session)', hint: '1 to 60 minutes.' },
  { key: 'repeatMin', label: 'Repeat an ignored nudge after (minutes)', hint: '10 to 240 minutes.' },
  { key: 'dailyCap', label: 'Nudges a day at most', hint: '1 to 24.' },
];

/** Rhythm: when a nudge comes, what counts as a break, and how often it may come back. */
export function RhythmSection({ settings, save }: Props) {
  return (
    <section class="card" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">Rhythm</h2>
      {FIELDS.map(({ key, label, hint }) => (
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
            if (!result.ok) return result.error;
            if (result.settings[key] !== settings[key]) save(result.settings);
            return null;
          }}
        />
      ))}
    </section>
  );
}
