/**
 * Phone numbers as each region writes them, through `libphonenumber-js` (its small `min`
 * metadata): a number typed the national way ("06 12 34 56 78" in France) is read in the country
 * chosen beside the field and stored in E.164 ("+33612345678"), so WhatsApp and Signal links work;
 * a stored number is shown the national way again. The library is about 80 KB, so only the pages
 * where a number is typed load this module, on demand (components/phone-field.tsx); the popup and
 * the background keep the plain check in `details.ts`, which E.164 numbers pass.
 */
import {
  type CountryCode,
  getCountries,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/min';
import { phrase, type Result } from '../words/phrase';
import { normalisePhone } from './details';

/** Every region the metadata knows (ISO 3166 codes), for the country choice beside the field. */
export function phoneCountries(): string[] {
  return getCountries();
}

/** Whether `code` is a region numbers can be read in. */
export function isPhoneCountry(code: unknown): code is string {
  return typeof code === 'string' && isSupportedCountry(code);
}

/**
 * The region to read numbers in by default: the crisis line's country when there is one (guessed
 * from the time zone and languages, or chosen), else the region of the first language that names
 * one (not `en-US`, which browsers report everywhere), else none (a number then needs its `+`).
 */
export function defaultPhoneCountry(
  crisisCountry: string | null,
  languages: readonly string[],
): string | null {
  if (isPhoneCountry(crisisCountry)) return crisisCountry;
  for (const tag of languages) {
    if (/^en[-_]US$/i.test(tag)) continue;
    const region = tag
      .split(/[-_]/)
      .slice(1)
      .find((part) => /^[A-Za-z]{2}$/.test(part))
      ?.toUpperCase();
    if (isPhoneCountry(region)) return region;
  }
  return null;
}

/**
 * Reads a typed number: E.164 when it is a valid number (its own `+` country code, else `country`);
 * otherwise why not. The plain check (`normalisePhone`) runs first, so its messages stay the same.
 * A number without `+` and no country chosen asks which country it is from: "020 7946 0958" is a
 * London number or an Amsterdam one.
 * @param countryName says a region's name in the page's language, for the message.
 */
export function readPhone(
  typed: unknown,
  country: string | null,
  countryName: (code: string) => string = (code) => code,
): Result<string> {
  const plain = normalisePhone(typed);
  if (!plain.ok) return plain;
  const text = (typed as string).trim();
  const international = text.startsWith('+');
  if (!international && !isPhoneCountry(country)) {
    return { ok: false, error: phrase('errors.contact.phone_which_country') };
  }
  const parsed = parsePhoneNumberFromString(text, international ? undefined : (country as CountryCode));
  if (!parsed?.isValid()) {
    const where = parsed?.country ?? (international ? null : country);
    return where
      ? { ok: false, error: phrase('errors.contact.phone_invalid', countryName(where)) }
      : { ok: false, error: phrase('errors.contact.phone_which_country') };
  }
  return { ok: true, value: parsed.number };
}

/**
 * A stored number as the person reads it: the national way when it belongs to `country`
 * ("06 12 34 56 78"), else the international way ("+49 30 123456"); as stored when it can't be
 * read (a number saved before numbers were checked this way keeps showing and working).
 */
export function showPhone(stored: string, country: string | null): string {
  const parsed = stored.startsWith('+')
    ? parsePhoneNumberFromString(stored)
    : isPhoneCountry(country)
      ? parsePhoneNumberFromString(stored, country as CountryCode)
      : undefined;
  if (!parsed?.isValid()) return stored;
  return parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
}
