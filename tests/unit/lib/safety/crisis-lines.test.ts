import { describe, expect, it } from 'vitest';
import {
  CRISIS_COUNTRIES,
  CRISIS_LINES,
  countryOfZone,
  guessCountry,
  repairCountryChoice,
  resolveCountry,
} from '../../../../lib/safety/crisis-lines';

describe('guessCountry (time zone × languages)', () => {
  it.each([
    // The time zone decides, whatever the browser's language says.
    ['America/New_York', ['en-US'], 'US'],
    ['America/Los_Angeles', ['es-MX', 'es'], 'US'],
    ['America/Indiana/Indianapolis', ['en-US'], 'US'],
    ['Pacific/Honolulu', ['en-US'], 'US'],
    ['America/Toronto', ['en-US'], 'CA'],
    ['America/Vancouver', ['fr-CA', 'en'], 'CA'],
    ['Europe/London', ['en-US'], 'GB'],
    ['Europe/London', ['en-GB', 'en'], 'GB'],
    ['Europe/Dublin', ['en-US'], 'IE'],
    ['Europe/Madrid', ['en-US', 'en'], 'ES'],
    ['Atlantic/Canary', ['es-ES'], 'ES'],
    ['America/Mexico_City', ['en-US'], 'MX'],
    ['America/Tijuana', ['es-419', 'es'], 'MX'],
    ['Australia/Sydney', ['en-US'], 'AU'],
    ['Australia/Perth', ['en-AU'], 'AU'],
    ['Pacific/Auckland', ['en-US'], 'NZ'],
    // A place Attune has no line for: findahelpline.com, even with a known language region.
    ['Europe/Berlin', ['en-US'], null],
    ['Europe/Berlin', ['es-ES'], null],
    ['America/Bogota', ['es-MX'], null],
    ['Asia/Tokyo', ['en-GB'], null],
    // A time zone that names no place: the languages decide, but not the everywhere-default en-US.
    ['UTC', ['es-MX', 'es'], 'MX'],
    ['Etc/GMT+5', ['en-CA'], 'CA'],
    ['UTC', ['en-US'], null],
    ['UTC', ['en-US', 'es-ES'], 'ES'],
    ['', ['en-GB'], 'GB'],
    [undefined, ['de-DE', 'en-GB'], null],
    ['UTC', ['es', 'en'], null],
    ['UTC', [], null],
  ] as const)('%s with %j → %s', (zone, languages, expected) => {
    expect(guessCountry(zone, languages)).toBe(expected);
  });
});

describe('countryOfZone', () => {
  it('tells a zone that says nothing (undefined) from a place elsewhere (null)', () => {
    expect(countryOfZone('Etc/UTC')).toBeUndefined();
    expect(countryOfZone('GMT')).toBeUndefined();
    expect(countryOfZone('Europe/Paris')).toBeNull();
    expect(countryOfZone('US/Eastern')).toBe('US');
  });
});

describe('crisis lines', () => {
  it.each([
    ['US', '988', '988', true],
    ['CA', '988', '988', true],
    ['GB', '116 123', '116123', false],
    ['IE', '116 123', '116123', false],
    ['ES', '024', '024', false],
    ['MX', '800 911 2000', '8009112000', false],
    ['AU', '13 11 14', '131114', false],
    ['NZ', '1737', '1737', true],
  ] as const)('%s: %s (tel:%s), text: %s', (country, shown, dial, text) => {
    expect(CRISIS_LINES[country]).toEqual({ shown, dial, text });
  });

  it('has a line for every country it offers', () => {
    expect(Object.keys(CRISIS_LINES).sort()).toEqual([...CRISIS_COUNTRIES].sort());
  });

  it('keeps the person’s choice over the guess, and repairs a damaged one to the guess', () => {
    expect(resolveCountry('auto', 'ES')).toBe('ES');
    expect(resolveCountry('MX', 'ES')).toBe('MX');
    expect(resolveCountry('other', 'US')).toBeNull();
    expect(repairCountryChoice('NZ')).toBe('NZ');
    expect(repairCountryChoice('other')).toBe('other');
    expect(repairCountryChoice('XX')).toBe('auto');
    expect(repairCountryChoice(42)).toBe('auto');
  });
});
