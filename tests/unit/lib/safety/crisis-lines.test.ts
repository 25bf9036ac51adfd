import { describe, expect, it } from 'vitest';
import {
  CRISIS_COUNTRIES,
  CRISIS_LINES,
  countryOfZone,
  crisisLine,
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
    ['Europe/Paris', ['en-US'], 'FR'],
    ['Indian/Reunion', ['fr-FR'], 'FR'],
    ['Europe/Berlin', ['en-US'], 'DE'],
    ['Europe/Berlin', ['es-ES'], 'DE'],
    ['Europe/Vienna', ['de-DE'], 'AT'],
    ['Europe/Zurich', ['fr-CH'], 'CH'],
    ['Europe/Amsterdam', ['en-US'], 'NL'],
    ['Europe/Brussels', ['fr-BE'], 'BE'],
    ['America/Sao_Paulo', ['pt-BR'], 'BR'],
    ['America/Manaus', ['en-US'], 'BR'],
    ['Brazil/East', ['pt-BR'], 'BR'],
    ['Asia/Seoul', ['ko'], 'KR'],
    ['Asia/Kolkata', ['hi', 'en-IN'], 'IN'],
    ['Asia/Calcutta', ['en-US'], 'IN'],
    // A place Attune has no line for: findahelpline.com, even with a known language region.
    ['Europe/Rome', ['de-DE'], null],
    ['Europe/Warsaw', ['pl'], null],
    ['America/Bogota', ['es-MX'], null],
    ['Asia/Tokyo', ['en-GB'], null],
    ['Europe/Lisbon', ['pt-BR'], null],
    // A time zone that names no place: the languages decide, but not the everywhere-default en-US.
    ['UTC', ['es-MX', 'es'], 'MX'],
    ['Etc/GMT+5', ['en-CA'], 'CA'],
    ['UTC', ['en-US'], null],
    ['UTC', ['en-US', 'es-ES'], 'ES'],
    ['', ['en-GB'], 'GB'],
    [undefined, ['de-DE', 'en-GB'], 'DE'],
    ['UTC', ['pt-BR'], 'BR'],
    ['UTC', ['ja-JP'], null],
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
    expect(countryOfZone('Europe/Rome')).toBeNull();
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
    ['FR', '3114', '3114', false],
    ['DE', '0800 111 0 111', '08001110111', false],
    ['AT', '142', '142', false],
    ['CH', '143', '143', false],
    ['NL', '0800-0113', '08000113', false],
    ['BE', '1813', '1813', false],
    ['BR', '188', '188', false],
    ['KR', '109', '109', false],
    ['IN', '14416', '14416', false],
  ] as const)('%s: %s (tel:%s), text: %s', (country, shown, dial, text) => {
    expect(CRISIS_LINES[country]).toEqual({ shown, dial, text });
  });

  it.each([
    [['fr-BE', 'fr'], '0800 32 123'],
    [['nl-BE', 'fr'], '1813'],
    [['en-US', 'fr'], '0800 32 123'],
    [['en-US'], '1813'],
  ])('in Belgium, a browser reading %j gets %s', (languages, shown) => {
    expect(crisisLine('BE', languages).shown).toBe(shown);
  });

  it('gives other countries their one line whatever the languages', () => {
    expect(crisisLine('FR', ['nl'])).toBe(CRISIS_LINES.FR);
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
