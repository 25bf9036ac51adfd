import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  type CountryChoice,
  CRISIS_COUNTRIES,
  type CrisisCountry,
  repairCountryChoice,
} from '../lib/safety/crisis-lines';
import { countryName } from './crisis-line';

export { countryName } from './crisis-line';

interface Props {
  guess: CrisisCountry | null;
  choice: CountryChoice;
  choose: (next: CountryChoice) => Promise<string | null>;
  /** Distinguishes two pickers on one page. */
  id?: string;
}

/** Which country's crisis line to show: the guess (named), one of the known countries, or another. */
export function CountryPicker({ guess, choice, choose, id = 'crisis-country' }: Props) {
  const [error, setError] = useState<string | null>(null);
  const guessed = guess ? countryName(guess) : i18n.t('crisis.other');
  const countries = [...CRISIS_COUNTRIES].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <p class="country-picker">
      <label for={id}>{i18n.t('crisis.country_label')}</label>{' '}
      <select
        id={id}
        value={choice}
        onChange={async (event) => {
          const next = repairCountryChoice((event.currentTarget as HTMLSelectElement).value);
          const failed = await choose(next);
          setError(failed ? i18n.t('common.could_not_save', [failed]) : null);
        }}
      >
        <option value="auto">{i18n.t('crisis.guessed', [guessed])}</option>
        {countries.map((country) => (
          <option key={country} value={country}>
            {countryName(country)}
          </option>
        ))}
        <option value="other">{i18n.t('crisis.other')}</option>
      </select>
      {error && (
        <span class="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
