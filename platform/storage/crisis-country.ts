/**
 * The crisis-line country choice (`sync:crisisCountry`), apart from `storage.ts` so the footer every
 * page carries, the popup's included, reads it without loading every other item's repair.
 */
import { type CountryChoice, repairCountryChoice } from '../../lib/safety/crisis-lines';
import { defineItem } from './stored-item';

/**
 * Which country's crisis line to show (`lib/safety/crisis-lines.ts`): `auto` (guessed from the time zone
 * and languages), a country code, or `other`. Synced, like the settings: it follows the person.
 */
export const crisisCountryItem = defineItem('sync', 'crisisCountry');

/** The person's crisis-line country choice; `auto` when missing or damaged. */
export async function readCountryChoice(): Promise<CountryChoice> {
  return repairCountryChoice(await crisisCountryItem.getValue());
}

export async function writeCountryChoice(choice: CountryChoice): Promise<void> {
  await crisisCountryItem.setValue(choice);
}

/** Calls `onChange` whenever the choice changes (on another page or in another browser). */
export function watchCountryChoice(onChange: (choice: CountryChoice) => void): () => void {
  return crisisCountryItem.watch((raw) => onChange(repairCountryChoice(raw)));
}
