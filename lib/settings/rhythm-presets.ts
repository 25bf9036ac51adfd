/**
 * The starting rhythms offered on the welcome page and in options: how long on one's own at the
 * screen before a nudge, with the break length that comes with it.
 */
import { type Phrase, phrase } from '../words/phrase';
import type { Settings } from './settings';

export interface RhythmPreset {
  id: 'gentle' | 'balanced' | 'close';
  label: Phrase;
  thresholdMin: number;
  breakMin: number;
}

export const RHYTHM_PRESETS: readonly RhythmPreset[] = [
  { id: 'gentle', label: phrase('welcome.rhythm.gentle'), thresholdMin: 120, breakMin: 10 },
  { id: 'balanced', label: phrase('welcome.rhythm.balanced'), thresholdMin: 90, breakMin: 5 },
  { id: 'close', label: phrase('welcome.rhythm.close'), thresholdMin: 60, breakMin: 5 },
];

/** The preset the settings follow, or undefined when the person chose their own numbers. */
export function presetOf(settings: Pick<Settings, 'thresholdMin' | 'breakMin'>): RhythmPreset | undefined {
  return RHYTHM_PRESETS.find(
    (p) => p.thresholdMin === settings.thresholdMin && p.breakMin === settings.breakMin,
  );
}
