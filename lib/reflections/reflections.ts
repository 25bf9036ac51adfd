/**
 * Reflections, one of the concepts lib/ is grouped by: what the nudge card says. `reflections.ts`
 * is the catalogue; beside it, `rotation.ts` decides which one shows next (favourites, hidden ones)
 * and `open-guard.ts` holds the keys of a card Attune opened by itself, so a keystroke already in
 * flight can't act on it, and `typed-back.ts` what such keys typed, to give it back. It builds on no
 * other concept.
 *
 * The reflection catalogue: short passages from the article
 * "The Healing Power of Connection" by Jennifer Goggin, LPC, LMHC, SEP.
 *
 * The words live in the locale files (`locales/<lang>.yml`, group `reflection`), so every
 * language has them and no page bundles the whole catalogue:
 * - `text` is always the article's own words (whole sentences or tight excerpts). The only edits
 *   allowed are obvious typo fixes, sentence-casing a heading, and capitalising the first letter
 *   of an excerpt. The unit test checks every English text against the article.
 * - Quotes and apostrophes are typographic (’ “ ”), as in the article.
 * - `invitation` is our own line: short, warm, low-pressure, never shaming.
 * - `id`s are stable kebab-case and are never reused, even if an entry is removed (favourites
 *   and rotation state are stored by id).
 */

/** What a reflection is about. */
export type Theme =
  | 'biological-need'
  | 'co-regulation'
  | 'loneliness-loop'
  | 'therapeutic-relationship'
  | 'relearning-safety'
  | 'not-alone'
  | 'hidden-struggle'
  | 'self-compassion';

/** Every theme, in display order. */
export const THEMES: readonly Theme[] = [
  'biological-need',
  'co-regulation',
  'loneliness-loop',
  'therapeutic-relationship',
  'relearning-safety',
  'not-alone',
  'hidden-struggle',
  'self-compassion',
];

/** One reflection card; its words are the messages `reflection.<key>.text` / `.invitation`. */
export interface Reflection {
  /** Stable kebab-case id; never reused. */
  readonly id: string;
  readonly theme: Theme;
  /** Whether it has a one-line invitation in our own words. */
  readonly invitation: boolean;
}

/** Where the reflections come from; every card credits it. */
export const SOURCE = {
  title: 'The Healing Power of Connection',
  author: 'Jennifer Goggin, LPC, LMHC, SEP',
  credit: 'From The Healing Power of Connection by Jennifer Goggin, LPC, LMHC, SEP',
  url: 'https://www.jennifergogginLMHC.com',
} as const;

const r = (id: string, theme: Theme, invitation = true): Reflection => ({ id, theme, invitation });

/**
 * The catalogue: every reflection here can open by itself (a nudge), so each one makes sense
 * alone, speaks to the reader or about people in general, and has its gentle invitation.
 * Order here is not the display order (see rotation.ts).
 */
export const REFLECTIONS: readonly Reflection[] = [
  r('wired-for-connection', 'biological-need'),
  r('not-a-luxury', 'biological-need'),
  r('shaped-through-relationships', 'biological-need'),
  r('met-by-others', 'biological-need'),
  r('nervous-system-learns-safe', 'biological-need'),
  r('not-wired-to-heal-alone', 'biological-need'),
  r('friendship-co-regulation', 'co-regulation'),
  r('someone-who-listens', 'co-regulation'),
  r('brief-moments', 'co-regulation'),
  r('safe-attuned-consistent', 'co-regulation'),
  r('being-met', 'co-regulation'),
  r('painful-loop', 'loneliness-loop'),
  r('overwhelmed-friendships', 'loneliness-loop'),
  r('reaching-out-feels-impossible', 'loneliness-loop'),
  r('over-it-by-now', 'loneliness-loop'),
  r('no-need-to-perform', 'therapeutic-relationship'),
  r('downshift-out-of-survival', 'relearning-safety'),
  r('presence-of-another', 'relearning-safety'),
  r('gently-challenge', 'not-alone'),
  r('not-weak', 'not-alone'),
  r('not-a-burden', 'not-alone'),
  r('most-powerful-tools', 'not-alone'),
  r('struggling-with-disconnection', 'hidden-struggle'),
  r('hold-it-together', 'hidden-struggle'),
  r('still-feel-alone', 'hidden-struggle'),
  r('dont-want-to-burden', 'hidden-struggle'),
  r('safe-attuned-connection', 'hidden-struggle'),
  r('not-failed', 'self-compassion'),
];

/**
 * Ids taken out of the catalogue (issue 11): passages that only make sense inside the article —
 * about the author's clients and therapy practice ("many of my clients", "a strong therapeutic
 * relationship"), or pointing back to what came before ("it was there that…", "that loop",
 * "they're struggling…"). Never reuse them.
 */
export const RETIRED_IDS: readonly string[] = [
  'breaking-the-loop',
  'therapy-is-a-relationship',
  'fully-seen',
  'gently-reshape',
  'first-learn-healthy-connection',
  'safe-enough-to-be-real',
  'quiet-steady-relational',
  'surrounded-by-others',
  'outwardly-doing-fine',
  'adaptive-responses',
];

/** The message key of a reflection's text or invitation (message names allow no hyphens). */
export function messageKey(id: string, part: 'text' | 'invitation'): string {
  return `reflection.${id.replaceAll('-', '_')}.${part}`;
}

/** Looks up a reflection by id. */
export function reflectionById(id: string): Reflection | undefined {
  return REFLECTIONS.find((x) => x.id === id);
}

/** Every reflection id, in catalogue order. */
export function reflectionIds(): string[] {
  return REFLECTIONS.map((x) => x.id);
}
