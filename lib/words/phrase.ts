/**
 * Words, the lowest of the concepts lib/ is grouped by: how plain modules say things without the
 * browser. `phrase.ts` is a message key with what fills it; beside it, `duration.ts` words a length
 * of time, `clock.ts` writes clock times in the locale's own clock, and `shortcut.ts` writes a keyboard shortcut as the person's platform does. Every other
 * concept may build on it; it builds on none.
 *
 * Words for the person, decided in plain modules and said by the page. A `Phrase` is a message key
 * of `locales/<lang>.yml` and what fills its `$1`…`$9`; `lib/` never imports `#i18n` or the browser
 * (it runs in tests and in the background), so the UI renders phrases with `say`
 * (platform/shared/i18n.ts).
 *
 * Keys are always written out in full (`'errors.contact.name_missing'`), never assembled, so the
 * locale parity test (tests/unit/i18n/parity.test.ts) can find every key a module uses.
 */

/** Something a phrase's `$n` is filled with: text, a number, another phrase, or a list of phrases. */
export type PhraseArg = string | number | Phrase | readonly Phrase[];

export interface Phrase {
  /** Dotted message key, e.g. `errors.contact.name_missing`. */
  readonly key: string;
  /** `$1`, `$2`, … in order. */
  readonly args: readonly PhraseArg[];
  /** For a plural group (`one:`, `other:`… sentences): the number that picks the sentence. */
  readonly count?: number;
}

/** A phrase with its substitutions. */
export function phrase(key: string, ...args: PhraseArg[]): Phrase {
  return { key, args };
}

/** A phrase filled with text only: the browser's own `getMessage` says it as it is (the toolbar's title). */
export interface TextPhrase extends Phrase {
  readonly args: readonly string[];
}

/** A phrase whose `$1`… are all text. */
export function textPhrase(key: string, ...args: string[]): TextPhrase {
  return { key, args };
}

/** A plural phrase: `count` picks the form and, unless other arguments are given, fills `$1`. */
export function plural(key: string, count: number, ...args: PhraseArg[]): Phrase {
  return { key, args: args.length > 0 ? args : [count], count };
}

/** Whether `value` is a phrase (for rendering nested values). */
export function isPhrase(value: unknown): value is Phrase {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Phrase).key === 'string' &&
    Array.isArray((value as Phrase).args)
  );
}

/** Looks a message up: key, rendered substitutions, and the plural count if any. */
export type Lookup = (key: string, substitutions: string[], count?: number) => string;

/**
 * Renders a phrase with `lookup`: nested phrases first, lists joined with ", ", numbers with
 * `formatNumber` (the locale's digits).
 */
export function renderPhrase(
  p: Phrase,
  lookup: Lookup,
  formatNumber: (n: number) => string = String,
): string {
  const arg = (a: PhraseArg): string => {
    if (typeof a === 'string') return a;
    if (typeof a === 'number') return formatNumber(a);
    if (isPhrase(a)) return renderPhrase(a, lookup, formatNumber);
    return a.map((x) => renderPhrase(x, lookup, formatNumber)).join(', ');
  };
  return lookup(p.key, p.args.map(arg), p.count);
}

/** A checked value, or the phrase that says what is wrong. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: Phrase };
