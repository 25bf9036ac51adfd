/**
 * Which sentence of a plural group to say. A group in `locales/<lang>.yml` holds an optional exact
 * `"0"` sentence, then one sentence per CLDR plural category of that language (`one`, `few`,
 * `many`, `other`…: Polish has four, Arabic six, Japanese only `other`). The category comes from
 * `Intl.PluralRules` for the locale the words are written in, so the rules are the platform's, not
 * ours.
 */

/** Every name a sentence of a plural group may have, in the order the locale files list them. */
export const PLURAL_FORMS = ['0', 'zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type PluralForm = (typeof PLURAL_FORMS)[number];

const rulesByLocale = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      // A malformed tag must not silence a sentence: English rules still pick a form.
      rules = new Intl.PluralRules('en');
    }
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * The forms to try for `count` in `locale`, best first: the exact `"0"` (when the group has one:
 * `exactZero`), the locale's category, then `other`, which every group has.
 */
export function pluralForms(count: number, locale: string, exactZero = false): PluralForm[] {
  const category = rulesFor(locale).select(count) as PluralForm;
  const forms: PluralForm[] = count === 0 && exactZero ? ['0', category] : [category];
  if (category !== 'other') forms.push('other');
  return forms;
}

/**
 * The sentence of plural group `key` for `count`: the first of `pluralForms` that `lookup` knows
 * (`lookup` answers '' for a missing message, as `browser.i18n.getMessage` does). Only a group
 * with an exact `"0"` is asked for it: Firefox logs an error for every missing message asked.
 */
export function pickPlural(
  key: string,
  count: number,
  locale: string,
  lookup: (formKey: string) => string,
  exactZero = false,
): string {
  for (const form of pluralForms(count, locale, exactZero)) {
    const text = lookup(`${key}.${form}`);
    if (text) return text;
  }
  return '';
}
