import { useCrisisCountry } from '../platform/pages/use-crisis-country';
import { usePhoneLinks } from '../platform/pages/use-phone-links';
import { CountryPicker } from './country-picker';
import { CrisisLine, crisisNumber, directory } from './crisis-line';
import { RichText } from './rich-text';

/**
 * The footer every page carries: Attune is not a crisis service, and the line that fits the
 * person's country (guessed from the time zone and languages, or chosen). One short line by
 * default (`crisis-line.tsx`); `full` adds which country is assumed and a picker to change it.
 */
export function CrisisFooter({ full = false }: { full?: boolean }) {
  return full ? <FullCrisisFooter /> : <CrisisLine />;
}

function FullCrisisFooter() {
  const { guess, choice, country, choose } = useCrisisCountry();
  const number = crisisNumber(country, usePhoneLinks());
  return (
    <footer class="crisis">
      <p>
        {number ? (
          <>
            <RichText
              message={number.texts ? 'crisis.full_call_text' : 'crisis.full_call'}
              parts={[number.link]}
            />{' '}
            <RichText message="crisis.elsewhere" parts={[directory]} />
          </>
        ) : (
          <RichText message="crisis.full_other" parts={[directory]} />
        )}
      </p>
      <CountryPicker guess={guess} choice={choice} choose={choose} />
    </footer>
  );
}
