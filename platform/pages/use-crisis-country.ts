import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CountryChoice,
  type CrisisCountry,
  guessCountry,
  resolveCountry,
} from '../../lib/safety/crisis-lines';
import { readCountryChoice, watchCountryChoice, writeCountryChoice } from '../storage/crisis-country';

/** This computer's guess: its time zone and the browser's languages, read once per page. */
export function browserGuess(): CrisisCountry | null {
  let zone: string | undefined;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
  return guessCountry(zone, languages);
}

/**
 * The crisis-line country: the guess until the stored choice is read (so the line never waits on
 * storage), then the person's choice, kept in step across pages. `choose` saves a new one.
 */
export function useCrisisCountry() {
  const [guess] = useState(browserGuess);
  const [choice, setChoice] = useState<CountryChoice>('auto');
  // A choice made before the first read came back must not be undone by that read.
  const chosen = useRef(false);

  useEffect(() => {
    let live = true;
    void readCountryChoice().then((read) => live && !chosen.current && setChoice(read));
    const unwatch = watchCountryChoice(setChoice);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  /** Saves a new choice; resolves to the browser's error text when the write fails, else null. */
  async function choose(next: CountryChoice): Promise<string | null> {
    chosen.current = true;
    setChoice(next);
    try {
      await writeCountryChoice(next);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  return { guess, choice, country: resolveCountry(choice, guess), choose };
}
