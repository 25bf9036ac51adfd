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
export const CRISIS_COUNTRIES = [
  'US',
  'CA',
  'GB',
  'IE',
  'ES',
  'MX',
  'AU',
  'NZ',
  'FR',
  'DE',
  'AT',
  'CH',
  'NL',
  'BE',
  'BR',
  'KR',
  'IN',
] as const;
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
 * Each line, checked against its official source (the comment names it; looked up 2026-11-30, the
 * lines from FR on 2026-12-07). Only lines that answer at any hour are here: the footer says "call
 * $1, any time". Looked up and left to findahelpline.com: Italy (Telefono Amico Italia,
 * 02 2327 2327, answers 10:00–24:00, no national public line yet), Japan (the health ministry's
 * こころの健康相談統一ダイヤル 0570-064-556 connects to prefectural services whose hours differ, and
 * is a paid navi-dial), Poland (116 123, Kryzysowy Telefon Zaufania run by NASK and Niebieska Linia
 * IPZ for adults: its hours could not be confirmed).
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
  // 3114, numéro national de prévention du suicide, Ministère de la Santé (https://3114.fr;
  // service-public.fr, 29 September 2021): free, confidential, 24 hours, mainland and overseas
  // France, since 1 October 2021.
  FR: { shown: '3114', dial: '3114', text: false },
  // TelefonSeelsorge, https://www.telefonseelsorge.de: 0800 111 0 111 and 0800 111 0 222, free
  // (Deutsche Telekom carries the cost), anonymous, around the clock (domradio.de, spektrum.de
  // 2022). The first number is shown; the second reaches the same service.
  DE: { shown: '0800 111 0 111', dial: '08001110111', text: false },
  // TelefonSeelsorge Österreich, Notruf 142 (official emergency-number status since 1998): free
  // from any phone in Austria, around the clock (katholisch.at; ORF Burgenland, 2023).
  AT: { shown: '142', dial: '142', text: false },
  // Die Dargebotene Hand / La Main Tendue, Tel 143 (https://www.143.ch), for Switzerland and
  // Liechtenstein: anonymous, around the clock (swissinfo.ch; barfi.ch 2017: "gratis, anonym und
  // rund um die Uhr").
  CH: { shown: '143', dial: '143', text: false },
  // 113 Zelfmoordpreventie, https://www.113.nl: 113 (ordinary call rates) or 0800-0113 (free, not
  // on the phone bill), 24/7 (nu.nl and hartvannederland.nl, July 2020). The free number is shown.
  NL: { shown: '0800-0113', dial: '08000113', text: false },
  // Belgium has one line per language community: Zelfmoordlijn 1813 (https://www.zelfmoord1813.be,
  // 24/7, VRT 2019) in Dutch; the Centre de Prévention du Suicide's 0800 32 123
  // (https://www.preventionsuicide.be, free, 24 hours) in French (see `crisisLine`).
  BE: { shown: '1813', dial: '1813', text: false },
  // CVV, Centro de Valorização da Vida, https://cvv.org.br: 188, free and anonymous, 24 hours, in
  // every state since 1 July 2018 (agreement with the Ministério da Saúde; pt.wikipedia.org).
  BR: { shown: '188', dial: '188', text: false },
  // 109, the Ministry of Health and Welfare's suicide prevention line (Korea Suicide Prevention
  // Center), replacing 1393 since 1 January 2024 (Hankook Ilbo, 3 January 2024), 24/7.
  KR: { shown: '109', dial: '109', text: false },
  // Tele-MANAS, Ministry of Health and Family Welfare, https://telemanas.mohfw.gov.in: toll-free
  // 14416 (or 1-800-891-4416), 24/7, in 20 languages, since October 2022 (Hindustan Times and
  // Mint, July 2023).
  IN: { shown: '14416', dial: '14416', text: false },
};

/** Belgium's French-speaking line (Centre de Prévention du Suicide; see `CRISIS_LINES.BE`). */
const BELGIUM_FRENCH: CrisisLine = { shown: '0800 32 123', dial: '080032123', text: false };

/**
 * The line to show for a country, in the language the person reads: Belgium answers in Dutch on
 * 1813 and in French on 0800 32 123, so the first of `languages` that is Dutch or French decides
 * (Dutch when neither is listed: most Belgians speak it).
 */
export function crisisLine(country: CrisisCountry, languages: readonly string[]): CrisisLine {
  if (country === 'BE') {
    const spoken = languages
      .map((tag) => tag.toLowerCase().split(/[-_]/)[0])
      .find((l) => l === 'nl' || l === 'fr');
    if (spoken === 'fr') return BELGIUM_FRENCH;
  }
  return CRISIS_LINES[country];
}

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
  // 3114 answers in mainland France and its overseas departments.
  FR: [
    'Europe/Paris',
    'America/Guadeloupe',
    'America/Martinique',
    'America/Cayenne',
    'Indian/Reunion',
    'Indian/Mayotte',
  ],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  AT: ['Europe/Vienna'],
  CH: ['Europe/Zurich'],
  NL: ['Europe/Amsterdam'],
  BE: ['Europe/Brussels'],
  BR: [
    'America/Sao_Paulo',
    'America/Noronha',
    'America/Belem',
    'America/Fortaleza',
    'America/Recife',
    'America/Araguaina',
    'America/Maceio',
    'America/Bahia',
    'America/Campo_Grande',
    'America/Cuiaba',
    'America/Santarem',
    'America/Porto_Velho',
    'America/Boa_Vista',
    'America/Manaus',
    'America/Eirunepe',
    'America/Rio_Branco',
    'America/Porto_Acre',
  ],
  KR: ['Asia/Seoul', 'ROK'],
  IN: ['Asia/Kolkata', 'Asia/Calcutta'],
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
  ['Brazil/', 'BR'],
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
