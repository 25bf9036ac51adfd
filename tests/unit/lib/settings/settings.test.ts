import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isCallSitePattern, repairSettings } from '../../../../lib/settings/settings';

const valid = {
  thresholdMin: 120,
  breakMin: 10,
  repeatMin: 45,
  dailyCap: 3,
  quietHours: { enabled: false, start: '23:30', end: '06:15' },
  nudgeStyle: 'notification',
  callSites: ['https://meet.google.com/*'],
  callServices: ['zoom', 'slack'],
  countWatching: false,
  namesOnNudge: true,
  badgeMinutes: true,
};

describe('repairSettings', () => {
  it('keeps settings that are entirely valid', () => {
    expect(repairSettings(valid)).toEqual(valid);
  });

  it.each([null, undefined, 'settings', 42, [], true])('falls back to every default for %j', (raw) => {
    expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a threshold below the minimum', { thresholdMin: 14 }, 'thresholdMin'],
    ['a threshold above the maximum', { thresholdMin: 10_000 }, 'thresholdMin'],
    ['a threshold that is not a whole number', { thresholdMin: 90.5 }, 'thresholdMin'],
    ['a threshold stored as text', { thresholdMin: '90' }, 'thresholdMin'],
    ['a break length of zero', { breakMin: 0 }, 'breakMin'],
    ['a break length over an hour', { breakMin: 61 }, 'breakMin'],
    ['a repeat interval out of range', { repeatMin: 5 }, 'repeatMin'],
    ['a daily cap out of range', { dailyCap: 25 }, 'dailyCap'],
    ['a NaN daily cap', { dailyCap: Number.NaN }, 'dailyCap'],
    [
      'quiet hours with a bad clock',
      { quietHours: { enabled: true, start: '25:00', end: '07:00' } },
      'quietHours',
    ],
    ['quiet hours missing a field', { quietHours: { enabled: true, start: '22:00' } }, 'quietHours'],
    ['an unknown nudge style', { nudgeStyle: 'siren' }, 'nudgeStyle'],
    ['call sites that are not a list', { callSites: 'https://meet.google.com/*' }, 'callSites'],
  ] as const)('repairs %s and keeps every other field', (_, damage, field) => {
    const repaired = repairSettings({ ...valid, ...damage });

    expect(repaired[field]).toEqual(DEFAULT_SETTINGS[field]);
    expect({ ...repaired, [field]: valid[field] }).toEqual(valid);
  });

  it('drops call sites that are not patterns Attune may request, keeping the valid ones', () => {
    const repaired = repairSettings({
      ...valid,
      callSites: ['https://zoom.us/*', '<all_urls>', 'javascript:1'],
    });

    expect(repaired.callSites).toEqual(['https://zoom.us/*']);
  });

  it('shortens a break that is not shorter than the threshold', () => {
    expect(repairSettings({ ...valid, thresholdMin: 15, breakMin: 60 }).breakMin).toBe(5);
  });

  it('ignores unknown fields instead of keeping them', () => {
    expect(repairSettings({ ...valid, __proto__: { evil: 1 }, extra: 1 })).toEqual(valid);
  });

  it('ignores unknown fields inside quiet hours too', () => {
    const quietHours = { ...valid.quietHours, extra: 1 };

    expect(repairSettings({ ...valid, quietHours }).quietHours).toEqual(valid.quietHours);
  });
});

describe('isCallSitePattern', () => {
  it.each(['https://meet.google.com/*', 'https://*.zoom.us/*', 'https://teams.microsoft.com/*'])(
    'accepts %s',
    (p) => {
      expect(isCallSitePattern(p)).toBe(true);
    },
  );

  it.each([
    'http://meet.google.com/*',
    '<all_urls>',
    'https://*/*',
    'https://meet.google.com/abc',
    'meet.google.com',
  ])('rejects %s', (p) => {
    expect(isCallSitePattern(p)).toBe(false);
  });

  it('keeps only known call services, each once, and the other fields as they are', () => {
    const repaired = repairSettings({ ...valid, callServices: ['zoom', 'zoom', 'meet'] });
    expect(repaired).toEqual({ ...valid, callServices: ['zoom', 'meet'] });
    expect(repairSettings({ ...valid, callServices: ['zoom', 'skype'] }).callServices).toEqual([]);
  });

  it('counts watching by default, also for settings saved before the setting existed', () => {
    const { countWatching: _, ...older } = valid;
    expect(DEFAULT_SETTINGS.countWatching).toBe(true);
    expect(repairSettings(older).countWatching).toBe(true);
  });
});
