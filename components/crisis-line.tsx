import { i18n } from '#i18n';
import { type CrisisCountry, crisisLine, HELPLINE_DIRECTORY } from '../lib/safety/crisis-lines';
import { useCrisisCountry } from '../platform/pages/use-crisis-country';
import { usePhoneLinks } from '../platform/pages/use-phone-links';
import { RichText } from './rich-text';

/** A country's name in the page's language ("Spain", "España"). */
export function countryName(country: CrisisCountry): string {
  try {
    const names = new Intl.DisplayNames([i18n.t('common.locale') || 'en'], { type: 'region' });
    return names.of(country) ?? country;
  } catch {
    return country;
  }
}

export const directory = (
  <a key="helpline" href={HELPLINE_DIRECTORY.url} target="_blank" rel="noreferrer">
    {HELPLINE_DIRECTORY.shown}
  </a>
);

/**
 * The national line's number, and whether it takes texts; null for no known line. A `tel:` link
 * where `phoneLinks` (something on this computer answers it); elsewhere the number as text to dial
 * on a phone, since the link would only raise an "Open xdg-open?" prompt (Linux).
 */
export function crisisNumber(country: CrisisCountry | null, phoneLinks: boolean) {
  if (!country) return null;
  // The browser's languages pick between a country's lines (Belgium: Dutch or French).
  const line = crisisLine(country, navigator.languages ?? [navigator.language ?? '']);
  // A number reads left to right in every language, Arabic included.
  return {
    link: phoneLinks ? (
      <a key="call" href={`tel:${line.dial}`} title={countryName(country)} dir="ltr">
        {line.shown}
      </a>
    ) : (
      <strong key="call" title={countryName(country)} dir="ltr">
        {line.shown}
      </strong>
    ),
    texts: line.text,
  };
}

/**
 * The footer's one short line (the popup, the privacy page): Attune is not a crisis service, and
 * the line that fits the person's country. Apart from `crisis-footer.tsx`, so a page that shows only
 * this line doesn't load the country picker.
 */
export function CrisisLine() {
  const number = crisisNumber(useCrisisCountry().country, usePhoneLinks());
  return (
    <footer class="crisis">
      <p>
        {number ? (
          <RichText
            message={number.texts ? 'crisis.short_call_text' : 'crisis.short_call'}
            parts={[number.link, directory]}
          />
        ) : (
          <RichText message="crisis.short_other" parts={[directory]} />
        )}
      </p>
    </footer>
  );
}
