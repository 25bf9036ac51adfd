import { useState } from 'preact/hooks';
import { NumberField } from '../../components/number-field';
import { BOUNDS, type Settings } from '../../lib/settings';
import { editNumber } from '../../lib/settings-edit';

/** The three starting rhythms; the break length comes with each. */
export const PRESETS = [
  { id: 'gentle', label: 'Gentle — every 2 hours', thresholdMin: 120, breakMin: 10 },
  { id: 'balanced', label: 'Balanced — every 90 minutes', thresholdMin: 90, breakMin: 5 },
  { id: 'close', label: 'Close — every hour', thresholdMin: 60, breakMin: 5 },
] as const;

const TEXT = {
  title: 'Choose a rhythm',
  intro:
    'How long on your own at the screen before Attune offers a moment of connection. You can change it later.',
  custom: 'Custom',
  customField: 'Nudge after (minutes alone at the screen)',
  customHint: `${BOUNDS.thresholdMin.min} to ${BOUNDS.thresholdMin.max} minutes.`,
} as const;

type Choice = (typeof PRESETS)[number]['id'] | 'custom';

function choiceOf(settings: Settings): Choice {
  const preset = PRESETS.find(
    (p) => p.thresholdMin === settings.thresholdMin && p.breakMin === settings.breakMin,
  );
  return preset?.id ?? 'custom';
}

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/** Three presets and a custom number; every choice saves at once. */
export function RhythmChoice({ settings, save }: Props) {
  const [choice, setChoice] = useState<Choice>(() => choiceOf(settings));
  return (
    <section class="card" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{TEXT.title}</h2>
      <fieldset class="choices">
        <legend class="muted">{TEXT.intro}</legend>
        {PRESETS.map((preset) => (
          <div class="choice" key={preset.id}>
            <input
              id={`rhythm-${preset.id}`}
              type="radio"
              name="rhythm"
              checked={choice === preset.id}
              onChange={() => {
                setChoice(preset.id);
                save({ ...settings, thresholdMin: preset.thresholdMin, breakMin: preset.breakMin });
              }}
            />
            <label for={`rhythm-${preset.id}`}>{preset.label}</label>
          </div>
        ))}
        <div class="choice">
          <input
            id="rhythm-custom"
            type="radio"
            name="rhythm"
            checked={choice === 'custom'}
            onChange={() => setChoice('custom')}
          />
          <label for="rhythm-custom">{TEXT.custom}</label>
        </div>
      </fieldset>
      {choice === 'custom' && (
        <NumberField
          id="custom-threshold"
          label={TEXT.customField}
          hint={TEXT.customHint}
          value={settings.thresholdMin}
          min={BOUNDS.thresholdMin.min}
          max={BOUNDS.thresholdMin.max}
          onCommit={(text) => {
            const result = editNumber(settings, 'thresholdMin', text);
            if (!result.ok) return result.error;
            if (result.settings.thresholdMin !== settings.thresholdMin) save(result.settings);
            return null;
          }}
        />
      )}
    </section>
  );
}
