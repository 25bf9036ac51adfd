/**
 * Safety, one of the concepts lib/ is grouped by: where to turn when a nudge is not enough.
 * `crisis-lines.ts` is all of it for now (which national line, for which country); it builds on no
 * other concept.
 *
 * Crisis lines: which national line to show, guessed from the browser's time zone and languages
 * together, or chosen by the person. Pure: the time zone and languages are passed in.
 *
 * Why both signals: most English browsers say `en-US` wherever they are, so the language's region
 * alone would show 988 to people in Spain or Mexico. The time zone says where the computer is; the
 * languages only decide when the time zone says nothing (UTC, `Etc/…`).
 */

/** The countries whose national line Attune knows. */
export const CRISIS_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'ES', 'MX', 'AU', 'NZ'] as const;
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number];

/** One national line. */
export interface CrisisLine {
  /** As people write it ("116 123"). */
  shown: string;
  /** Digits for a `tel:` link. */
  dial: string;
  /** Whether the same number also takes text messages. */
  text: boolean;
}

/**
 * Each line, checked against its official source (the comment names it; looked up 2026-11-30).
 */
export const CRISIS_LINES: Readonly<Record<CrisisCountry, CrisisLine>> = {
  // 988 Suicide & Crisis Lifeline, https://988lifeline.org: call or text 988 (FCC designated 988
  // in 2020; live since 16 July 2022).
  US: { shown: '988', dial: '988', text: true },
  // 9-8-8 Suicide Crisis Helpline, https://988.ca (run by CAMH for the Public Health Agency of
  // Canada): call or text 9-8-8, since 30 November 2023.
  CA: { shown: '988', dial: '988', text: true },
  // Samaritans, https://www.samaritans.org/how-we-can-help/contact-samaritan/: 116 123, free from
  // landlines and mobiles, any time (calls; text is not offered on this number).
  GB: { shown: '116 123', dial: '116123', text: false },
  // Samaritans Ireland, same number across the island of Ireland (free since 2014 in the Republic).
  IE: { shown: '116 123', dial: '116123', text: false },
  // 024 Línea de atención a la conducta suicida, Ministerio de Sanidad
  // (https://www.sanidad.gob.es, BOE 20 December 2021): free, 24 hours, since 10 May 2022.
  ES: { shown: '024', dial: '024', text: false },
  // Línea de la Vida, run by CONASAMA (Comisión Nacional de Salud Mental y Adicciones, Secretaría de
  // Salud, https://www.gob.mx/salud/conasama): 800 911 2000, free, 24 hours. The number is the one
  // the Secretaría de Salud's own statements give (reported e.g. by El Universal, 24 December 2025,
  // and Proceso, 11 October 2025); the gob.mx page itself could not be read from here.
  MX: { shown: '800 911 2000', dial: '8009112000', text: false },
  // Lifeline Australia, https://www.lifeline.org.au: 13 11 14, 24 hours (its text service is a
  // different number, 0477 13 11 14, so calls only here).
  AU: { shown: '13 11 14', dial: '131114', text: false },
  // 1737 Need to talk?, https://1737.org.nz (Whakarongorau Aotearoa): free to call or text 1737,
  // 24 hours.
  NZ: { shown: '1737', dial: '1737', text: true },
};

/** Where a line is found for every other country. */
export const HELPLINE_DIRECTORY = { url: 'https://findahelpline.com', shown: 'findahelpline.com' } as const;

/** What the person chose: `auto` (the guess), a country, or `other` (no known national line). */
export type CountryChoice = 'auto' | 'other' | CrisisCountry;

export function isCrisisCountry(value: unknown): value is CrisisCountry {
  return typeof value === 'string' && (CRISIS_COUNTRIES as readonly string[]).includes(value);
}

/** A stored choice, or `auto` when it is missing or damaged. */
export function repairCountryChoice(raw: unknown): CountryChoice {
  return raw === 'other' || isCrisisCountry(raw) ? raw : 'auto';
}

// IANA zones (and their old aliases) of each country. Zones not listed here belong to countries
// Attune has no line for.
const ZONES: Readonly<Record<CrisisCountry, readonly string[]>> = {
  US: [
    'America/New_York',
    'America/Detroit',
    'America/Chicago',
    'America/Menominee',
    'America/Denver',
    'America/Boise',
    'America/Phoenix',
    'America/Los_Angeles',
    'America/Anchorage',
    'America/Juneau',
    'America/Sitka',
    'America/Metlakatla',
    'America/Yakutat',
    'America/Nome',
    'America/Adak',
    'America/Indianapolis',
    'America/Louisville',
    'America/Fort_Wayne',
    'America/Knox_IN',
    'America/Shiprock',
    'America/Atka',
    'Pacific/Honolulu',
    'Navajo',
  ],
  CA: [
    'America/Toronto',
    'America/Montreal',
    'America/Nipigon',
    'America/Thunder_Bay',
    'America/Rainy_River',
    'America/Atikokan',
    'America/Winnipeg',
    'America/Regina',
    'America/Swift_Current',
    'America/Edmonton',
    'America/Vancouver',
    'America/Whitehorse',
    'America/Dawson',
    'America/Dawson_Creek',
    'America/Fort_Nelson',
    'America/Creston',
    'America/Yellowknife',
    'America/Inuvik',
    'America/Cambridge_Bay',
    'America/Rankin_Inlet',
    'America/Resolute',
    'America/Iqaluit',
    'America/Pangnirtung',
    'America/Halifax',
    'America/Glace_Bay',
    'America/Moncton',
    'America/Goose_Bay',
    'America/St_Johns',
    'America/Blanc-Sablon',
  ],
  GB: ['Europe/London', 'Europe/Belfast', 'GB', 'GB-Eire'],
  IE: ['Europe/Dublin', 'Eire'],
  ES: ['Europe/Madrid', 'Africa/Ceuta', 'Atlantic/Canary'],
  MX: [
    'America/Mexico_City',
    'America/Cancun',
    'America/Merida',
    'America/Monterrey',
    'America/Matamoros',
    'America/Chihuahua',
    'America/Ciudad_Juarez',
    'America/Ojinaga',
    'America/Mazatlan',
    'America/Bahia_Banderas',
    'America/Hermosillo',
    'America/Tijuana',
    'America/Ensenada',
    'America/Santa_Isabel',
  ],
  AU: ['Antarctica/Macquarie'],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ', 'NZ-CHAT'],
};

/** Whole prefixes that name one country (`US/Eastern`, `Australia/Sydney`, …). */
const PREFIXES: ReadonlyArray<readonly [string, CrisisCountry]> = [
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
  ['US/', 'US'],
  ['Canada/', 'CA'],
  ['Mexico/', 'MX'],
  ['Australia/', 'AU'],
];

const ZONE_COUNTRY = new Map<string, CrisisCountry>(
  CRISIS_COUNTRIES.flatMap((country) => ZONES[country].map((zone) => [zone, country] as const)),
);

/**
 * What a time zone says: a country Attune knows, `null` for a place elsewhere, or `undefined`
 * when it says nothing about a place (UTC, `Etc/GMT+5`, empty).
 */
export function countryOfZone(timeZone: string | undefined): CrisisCountry | null | undefined {
  const zone = (timeZone ?? '').trim();
  if (zone === '' || /^(Etc\/|UTC$|UCT$|GMT|Universal$|Zulu$|Greenwich$)/.test(zone)) return undefined;
  const exact = ZONE_COUNTRY.get(zone);
  if (exact) return exact;
  const prefixed = PREFIXES.find(([prefix]) => zone.startsWith(prefix));
  return prefixed ? prefixed[1] : null;
}

/** The region of a BCP 47 tag ("es-MX" → "MX"), upper case; null without one. */
function regionOf(tag: string): string | null {
  const parts = tag.replace('_', '-').split('-');
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  return region ? region.toUpperCase() : null;
}

/**
 * The country to assume, or null when no known line fits: the time zone decides; only when it
 * names no place do the languages' regions count, and then not `en-US`, which browsers report
 * by default everywhere.
 */
export function guessCountry(
  timeZone: string | undefined,
  languages: readonly string[],
): CrisisCountry | null {
  const byZone = countryOfZone(timeZone);
  if (byZone !== undefined) return byZone;
  for (const tag of languages) {
    if (/^en[-_]US$/i.test(tag)) continue;
    const region = regionOf(tag);
    if (region) return isCrisisCountry(region) ? region : null;
  }
  return null;
}

/** The country whose line to show for a choice and a guess; null means findahelpline.com only. */
export function resolveCountry(choice: CountryChoice, guess: CrisisCountry | null): CrisisCountry | null {
  if (choice === 'auto') return guess;
  return choice === 'other' ? null : choice;
}
