import { type Phrase, phrase } from '../words/phrase';
import { BOUNDS, type NumericSetting, type QuietHours, type Settings } from './settings';

/** The outcome of checking one edit: the complete new settings, or a phrase saying why not. */
export type EditResult = { ok: true; settings: Settings } | { ok: false; error: Phrase };

/** One message per field, so each language can word its own unit and grammar. */
const MESSAGES: Record<NumericSetting, { notWhole: string; outOfRange: string }> = {
  thresholdMin: {
    notWhole: 'errors.settings.threshold_not_whole',
    outOfRange: 'errors.settings.threshold_out_of_range',
  },
  breakMin: { notWhole: 'errors.settings.break_not_whole', outOfRange: 'errors.settings.break_out_of_range' },
  repeatMin: {
    notWhole: 'errors.settings.repeat_not_whole',
    outOfRange: 'errors.settings.repeat_out_of_range',
  },
  dailyCap: { notWhole: 'errors.settings.cap_not_whole', outOfRange: 'errors.settings.cap_out_of_range' },
};

/**
 * Checks a number typed into a field and, when it is valid, returns the settings with it applied.
 * Invalid input never produces settings, so it can never be saved.
 */
export function editNumber(current: Settings, key: NumericSetting, input: string): EditResult {
  const { min, max } = BOUNDS[key];
  const messages = MESSAGES[key];
  const text = input.trim();
  if (!/^\d+$/.test(text)) return { ok: false, error: phrase(messages.notWhole) };
  const value = Number(text);
  if (value < min || value > max) {
    return { ok: false, error: phrase(messages.outOfRange, min, max) };
  }
  const next = { ...current, [key]: value };
  if (next.breakMin >= next.thresholdMin) {
    return {
      ok: false,
      error:
        key === 'breakMin'
          ? phrase('errors.settings.break_not_shorter', next.thresholdMin)
          : phrase('errors.settings.threshold_not_longer', next.breakMin),
    };
  }
  return { ok: true, settings: next };
}

/** Checks new quiet hours; equal start and end would be an empty (or endless) window. */
export function editQuietHours(current: Settings, quiet: QuietHours): EditResult {
  const clock = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!clock.test(quiet.start) || !clock.test(quiet.end)) {
    return { ok: false, error: phrase('errors.settings.quiet_missing') };
  }
  if (quiet.start === quiet.end) {
    return { ok: false, error: phrase('errors.settings.quiet_equal') };
  }
  return { ok: true, settings: { ...current, quietHours: { ...quiet } } };
}
