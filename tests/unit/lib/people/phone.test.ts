import { describe, expect, it } from 'vitest';
import { defaultPhoneCountry, readPhone, showPhone } from '../../../../lib/people/phone';
import { inEnglish } from '../../setup-i18n';

const read = (typed: string, country: string | null) => inEnglish(readPhone(typed, country, (c) => `[${c}]`));

describe('phone numbers as each region writes them', () => {
  it.each([
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['0470 12 34 56', 'BE', '+32470123456'],
    ['030 123456', 'DE', '+4930123456'],
    ['(415) 555-2671', 'US', '+14155552671'],
    // Its own + country code wins over the country chosen beside it.
    ['+44 20 7946 0958', 'FR', '+442079460958'],
    ['+33 6 12 34 56 78', null, '+33612345678'],
  ])('reads %j in %s as %s', (typed, country, e164) => {
    expect(read(typed, country)).toEqual({ ok: true, value: e164 });
  });

  it('asks which country a number without + is from when none is chosen', () => {
    expect(read('06 12 34 56 78', null)).toEqual({
      ok: false,
      error:
        'Which country is this number from? Choose it beside the number, or start with + and the country code.',
    });
  });

  it('says a number is not one of the chosen country, naming it', () => {
    expect(read('0612 3456', 'FR')).toEqual({
      ok: false,
      error: 'That isn’t a phone number in [FR]. Check the digits, or choose the number’s country beside it.',
    });
  });

  it("keeps the plain check's messages for what is not a number at all", () => {
    expect(read('12ab', 'FR')).toMatchObject({
      ok: false,
      error: expect.stringContaining('only have digits'),
    });
  });

  it('shows a stored number the national way in its own country, else internationally', () => {
    expect(showPhone('+33612345678', 'FR')).toBe('06 12 34 56 78');
    expect(showPhone('+33612345678', 'DE')).toBe('+33 6 12 34 56 78');
    expect(showPhone('+33612345678', null)).toBe('+33 6 12 34 56 78');
  });

  it('shows a number stored before these checks as it was stored', () => {
    expect(showPhone('5551234567', null)).toBe('5551234567');
    expect(showPhone('+15551234567', 'US')).toBe('+15551234567');
  });

  it.each([
    ['FR', ['en-US'], 'FR'],
    [null, ['it-IT', 'it'], 'IT'],
    [null, ['en-US', 'ja-JP'], 'JP'],
    [null, ['en-US'], null],
    [null, ['es'], null],
  ] as const)(
    "reads numbers in the crisis line's country %s, else the languages' %j region: %s",
    (crisis, languages, expected) => {
      expect(defaultPhoneCountry(crisis, languages)).toBe(expected);
    },
  );
});
