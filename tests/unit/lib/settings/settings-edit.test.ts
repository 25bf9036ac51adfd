import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { editNumber, editQuietHours } from '../../../../lib/settings/settings-edit';
import { inEnglish } from '../../setup-i18n';

describe('editNumber', () => {
  it.each([
    ['thresholdMin', '0', 'Nudge after must be between 15 and 480 minutes.'],
    ['thresholdMin', '10000', 'Nudge after must be between 15 and 480 minutes.'],
    ['thresholdMin', '', 'Nudge after needs a whole number of minutes.'],
    ['thresholdMin', '90.5', 'Nudge after needs a whole number of minutes.'],
    ['thresholdMin', '-5', 'Nudge after needs a whole number of minutes.'],
    ['breakMin', '61', 'Break length must be between 1 and 60 minutes.'],
    ['repeatMin', '9', 'Repeat after must be between 10 and 240 minutes.'],
    ['dailyCap', '25', 'Nudges a day must be between 1 and 24 nudges.'],
  ] as const)('rejects %s = %j with a clear message', (key, input, error) => {
    expect(inEnglish(editNumber(DEFAULT_SETTINGS, key, input))).toEqual({ ok: false, error });
  });

  it('rejects a break length that is not shorter than the threshold', () => {
    const result = editNumber({ ...DEFAULT_SETTINGS, thresholdMin: 30 }, 'breakMin', '30');

    expect(inEnglish(result)).toEqual({
      ok: false,
      error: 'The break length must be shorter than “nudge after” (30 minutes).',
    });
  });

  it('rejects a threshold that is not longer than the break length', () => {
    const result = editNumber({ ...DEFAULT_SETTINGS, breakMin: 20 }, 'thresholdMin', '20');

    expect(result.ok).toBe(false);
  });

  it('applies a valid number and leaves the rest alone', () => {
    expect(inEnglish(editNumber(DEFAULT_SETTINGS, 'thresholdMin', ' 45 '))).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, thresholdMin: 45 },
    });
  });
});

describe('editQuietHours', () => {
  it('rejects equal start and end', () => {
    expect(
      inEnglish(editQuietHours(DEFAULT_SETTINGS, { enabled: true, start: '08:00', end: '08:00' })),
    ).toEqual({
      ok: false,
      error: 'Quiet hours need different start and end times.',
    });
  });

  it('accepts a window that wraps midnight', () => {
    const result = editQuietHours(DEFAULT_SETTINGS, { enabled: true, start: '23:00', end: '06:00' });

    expect(result.ok && result.settings.quietHours).toEqual({ enabled: true, start: '23:00', end: '06:00' });
  });
});
