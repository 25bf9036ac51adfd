import { BOUNDS, type NumericSetting, type QuietHours, type Settings } from './settings';

/** The outcome of checking one edit: the complete new settings, or a message saying why not. */
export type EditResult = { ok: true; settings: Settings } | { ok: false; error: string };

const LABELS: Record<NumericSetting, { name: string; unit: string }> = {
  thresholdMin: { name: 'Nudge after', unit: 'minutes' },
  breakMin: { name: 'Break length', unit: 'minutes' },
  repeatMin: { name: 'Repeat after', unit: 'minutes' },
  dailyCap: { name: 'Nudges a day', unit: 'nudges' },
};

/**
 * Checks a number typed into a field and, when it is valid, returns the settings with it applied.
 * Invalid input never produces settings, so it can never be saved.
 */
export function editNumber(current: Settings, key: NumericSetting, input: string): EditResult {
  const { min, max } = BOUNDS[key];
  const { name, unit } = LABELS[key];
  const text = input.trim();
  if (!/^\d+$/.test(text)) return { ok: false, error: `${name} needs a whole number of ${unit}.` };
  const value = Number(text);
  if (value < min || value > max) {
    return { ok: false, error: `${name} must be between ${min} and ${max} ${unit}.` };
  }
  const next = { ...current, [key]: value };
  if (next.breakMin >= next.thresholdMin) {
    return {
      ok: false,
      error:
        key === 'breakMin'
          ? `The break length must be shorter than “nudge after” (${next.thresholdMin} minutes).`
          : `“Nudge after” must be longer than the break length (${next.breakMin} minutes).`,
    };
  }
  return { ok: true, settings: next };
}

/** Checks new quiet hours; equal start and end would be an empty (or endless) window. */
export function editQuietHours(current: Settings, quiet: QuietHours): EditResult {
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!clock.test(quiet.start) || !clock.test(quiet.end)) {
    return { ok: false, error: 'Quiet hours need a start and an end time.' };
  }
  if (quiet.start === quiet.end) {
    return { ok: false, error: 'Quiet hours need different start and end times.' };
  }
  return { ok: true, settings: { ...current, quietHours: { ...quiet } } };
}
