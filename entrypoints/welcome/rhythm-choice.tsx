import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { NumberField } from '../../components/number-field';
import { presetOf, RHYTHM_PRESETS, type RhythmPreset } from '../../lib/settings/rhythm-presets';
import { BOUNDS, type Settings } from '../../lib/settings/settings';
import { editNumber } from '../../lib/settings/settings-edit';
import { say } from '../../platform/shared/i18n';
import { QuietHoursLine } from './quiet-hours';

/** The three starting rhythms (lib/settings/rhythm-presets.ts, shared with options); the break length comes with each. */
export const PRESETS = RHYTHM_PRESETS.map((preset) => ({ ...preset, label: () => say(preset.label) }));

type Choice = RhythmPreset['id'] | 'custom';

function choiceOf(settings: Settings): Choice {
  return presetOf(settings)?.id ?? 'custom';
}

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/** Three presets and a custom number, then the quiet hours; every choice saves at once. */
export function RhythmChoice({ settings, save }: Props) {
  const [choice, setChoice] = useState<Choice>(() => choiceOf(settings));
  return (
    <section class="card" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{i18n.t('welcome.rhythm.title')}</h2>
      <fieldset class="choices">
        <legend class="muted">{i18n.t('welcome.rhythm.intro')}</legend>
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
            <label for={`rhythm-${preset.id}`}>{preset.label()}</label>
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
          <label for="rhythm-custom">{i18n.t('welcome.rhythm.custom')}</label>
        </div>
      </fieldset>
      {choice === 'custom' && (
        <NumberField
          id="custom-threshold"
          label={i18n.t('options.rhythm.threshold')}
          hint={i18n.t('options.rhythm.minutes_hint', [
            String(BOUNDS.thresholdMin.min),
            String(BOUNDS.thresholdMin.max),
          ])}
          value={settings.thresholdMin}
          min={BOUNDS.thresholdMin.min}
          max={BOUNDS.thresholdMin.max}
          onCommit={(text) => {
            const result = editNumber(settings, 'thresholdMin', text);
            if (!result.ok) return say(result.error);
            if (result.settings.thresholdMin !== settings.thresholdMin) save(result.settings);
            return null;
          }}
        />
      )}
      <QuietHoursLine settings={settings} save={save} />
    </section>
  );
}
