import { CRISIS_LINES, HELPLINE_DIRECTORY } from '../lib/safety/crisis-lines';
import { useCrisisCountry } from '../platform/use-crisis-country';
import { CountryPicker, countryName } from './country-picker';
import { RichText } from './rich-text';

const directory = (
  <a key="helpline" href={HELPLINE_DIRECTORY.url} target="_blank" rel="noreferrer">
    {HELPLINE_DIRECTORY.shown}
  </a>
);

/**
 * The footer every page carries: Attune is not a crisis service, and the line that fits the
 * person's country (guessed from the time zone and languages, or chosen). One short line by
 * default (the popup); `full` adds which country is assumed and a picker to change it.
 */
export function CrisisFooter({ full = false }: { full?: boolean }) {
  const { guess, choice, country, choose } = useCrisisCountry();
  const line = country ? CRISIS_LINES[country] : null;
  const number = line && (
    <a key="call" href={`tel:${line.dial}`} title={country ? countryName(country) : undefined}>
      {line.shown}
    </a>
  );
  const texts = line?.text ?? false;

  if (!full) {
    return (
      <footer class="crisis">
        <p>
          {number ? (
            <RichText
              message={texts ? 'crisis.short_call_text' : 'crisis.short_call'}
              parts={[number, directory]}
            />
          ) : (
            <RichText message="crisis.short_other" parts={[directory]} />
          )}
        </p>
      </footer>
    );
  }
  return (
    <footer class="crisis">
      <p>
        {number ? (
          <>
            <RichText message={texts ? 'crisis.full_call_text' : 'crisis.full_call'} parts={[number]} />{' '}
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
