/**
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

/** The catalogue. Order here is not the display order (see rotation.ts). */
export const REFLECTIONS: readonly Reflection[] = [
  r('wired-for-connection', 'biological-need'),
  r('not-a-luxury', 'biological-need'),
  r('shaped-through-relationships', 'biological-need'),
  r('met-by-others', 'biological-need', false),
  r('nervous-system-learns-safe', 'biological-need'),
  r('not-wired-to-heal-alone', 'biological-need'),
  r('friendship-co-regulation', 'co-regulation'),
  r('someone-who-listens', 'co-regulation'),
  r('brief-moments', 'co-regulation'),
  r('safe-attuned-consistent', 'co-regulation', false),
  r('being-met', 'co-regulation'),
  r('painful-loop', 'loneliness-loop'),
  r('breaking-the-loop', 'loneliness-loop'),
  r('overwhelmed-friendships', 'loneliness-loop'),
  r('reaching-out-feels-impossible', 'loneliness-loop'),
  r('over-it-by-now', 'loneliness-loop'),
  r('therapy-is-a-relationship', 'therapeutic-relationship', false),
  r('no-need-to-perform', 'therapeutic-relationship'),
  r('fully-seen', 'therapeutic-relationship', false),
  r('gently-reshape', 'therapeutic-relationship', false),
  r('first-learn-healthy-connection', 'therapeutic-relationship', false),
  r('safe-enough-to-be-real', 'relearning-safety'),
  r('downshift-out-of-survival', 'relearning-safety'),
  r('presence-of-another', 'relearning-safety'),
  r('quiet-steady-relational', 'relearning-safety', false),
  r('gently-challenge', 'not-alone'),
  r('not-weak', 'not-alone', false),
  r('not-failed', 'not-alone', false),
  r('not-a-burden', 'not-alone'),
  r('most-powerful-tools', 'not-alone', false),
  r('struggling-with-disconnection', 'hidden-struggle', false),
  r('surrounded-by-others', 'hidden-struggle'),
  r('outwardly-doing-fine', 'hidden-struggle'),
  r('hold-it-together', 'hidden-struggle'),
  r('still-feel-alone', 'hidden-struggle'),
  r('dont-want-to-burden', 'hidden-struggle'),
  r('safe-attuned-connection', 'hidden-struggle', false),
  r('adaptive-responses', 'self-compassion'),
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
