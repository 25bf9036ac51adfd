import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { normalisePhone } from '../lib/people/details';
import type { Result } from '../lib/words/phrase';
import { useCrisisCountry } from '../platform/pages/use-crisis-country';

/**
 * The phone field of the person forms (options, welcome): the number, and beside it the country a
 * number typed the national way belongs to. `libphonenumber-js` comes in with `lib/people/phone.ts`
 * when this field first shows, never in the popup or the background (checked on the built chunks
 * by tests/e2e/chromium/pages.spec.ts); until it has loaded, numbers get the plain check.
 *
 * The country is one per page (both forms of a page read numbers the same way), so the page's
 * validation reads it through `readTypedPhone` without holding it.
 */

type PhoneModule = typeof import('../lib/people/phone');

let phoneModule: PhoneModule | null = null;
let loading: Promise<PhoneModule> | null = null;
/** The person's choice beside the field; `undefined` follows the guess. */
let chosenCountry: string | null | undefined;
let guessedCountry: string | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

function load(): Promise<PhoneModule> {
  loading ??= import('../lib/people/phone').then((module) => {
    phoneModule = module;
    changed();
    return module;
  });
  return loading;
}

/** The region numbers without `+` are read in on this page, or null when none is known. */
export function phoneCountry(): string | null {
  return chosenCountry === undefined ? guessedCountry : chosenCountry;
}

/** A region's name in the page's language ("France", "Francia"). */
function regionName(code: string): string {
  try {
    return new Intl.DisplayNames([i18n.t('common.locale') || 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Reads the phone field for `validateContactInput`: the region's own way into E.164 once the
 * library has loaded, else the plain check.
 */
export function readTypedPhone(input: unknown): Result<string> {
  return phoneModule ? phoneModule.readPhone(input, phoneCountry(), regionName) : normalisePhone(input);
}

interface Props {
  /** The input's own attributes (id, value, aria-…, onInput) from the form. */
  input: Record<string, unknown> & { id: string; value: string };
  /** Puts new text in the field as if typed (the national format, a re-read after a new country). */
  onText(text: string): void;
}

/** The number and its country, side by side. */
export function PhoneField({ input, onText }: Props) {
  const { country: crisis } = useCrisisCountry();
  const [, render] = useState(0);

  useEffect(() => {
    const listener = () => render((n) => n + 1);
    listeners.add(listener);
    void load();
    return () => {
      listeners.delete(listener);
    };
  }, []);

  const module = phoneModule;
  if (module) guessedCountry = module.defaultPhoneCountry(crisis, navigator.languages ?? []);
  const country = phoneCountry();

  // A stored number shows the national way once the library is here (it is saved in E.164 again).
  useEffect(() => {
    if (module && input.value.startsWith('+')) {
      const shown = module.showPhone(input.value, country);
      if (shown !== input.value) onText(shown);
    }
    // Only when the library arrives: later the person's own typing stays as typed until they leave.
  }, [module]);

  const reformat = () => {
    const read = readTypedPhone(input.value);
    if (module && read.ok) onText(module.showPhone(read.value, country));
  };

  const names = module
    ? module
        .phoneCountries()
        .map((code) => [code, regionName(code)] as const)
        .sort(([, a], [, b]) => a.localeCompare(b))
    : [];

  return (
    <span class="phone-row">
      <input type="tel" autoComplete="off" {...input} onBlur={reformat} />
      {module && (
        <select
          id={`${input.id}-country`}
          aria-label={i18n.t('contact.phone_country')}
          value={country ?? ''}
          onChange={(event) => {
            const next = (event.currentTarget as HTMLSelectElement).value;
            chosenCountry = next === '' ? null : next;
            changed();
            // Read the number again in its new country: shown that country's way when it is one
            // of its numbers, else as typed with the message that now applies.
            const read = readTypedPhone(input.value);
            onText(read.ok ? module.showPhone(read.value, phoneCountry()) : input.value);
          }}
        >
          <option value="">{i18n.t('contact.phone_country_none')}</option>
          {names.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      )}
    </span>
  );
}
