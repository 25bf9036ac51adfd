import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REFLECTIONS,
  RETIRED_IDS,
  reflectionById,
  reflectionIds,
  SOURCE,
  THEMES,
} from '../../../../lib/reflections/reflections';
import { reflectionWords } from '../../../../platform/pages/reflection-words';

/** The English words, read from locales/en.yml through the same lookup the pages use. */
const words = REFLECTIONS.map((r) => ({ ...r, ...reflectionWords(r) }));

/** The article lives in the shared folder next to the repository. */
// A copy of the article (../shared/article/) kept in the repo so the test runs from any checkout.
const ARTICLE_PATH = resolve(__dirname, '../../../fixtures/the-healing-power-of-connection.txt');

/**
 * The only edits the catalogue may make to the article's words.
 * Each is [as written in the article, as used in the catalogue].
 */
const ALLOWED_CORRECTIONS: ReadonlyArray<readonly [string, string]> = [
  // typo in the article
  ['even if they’re surrounded by other.', 'even if they’re surrounded by others.'],
  // a heading, used as a sentence
  [
    'Connection Is Not a Luxury — It’s a Biological Need',
    'Connection is not a luxury — it’s a biological need.',
  ],
];

function normalise(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function loadArticle(): string {
  let text = readFileSync(ARTICLE_PATH, 'utf8');
  for (const [from, to] of ALLOWED_CORRECTIONS) {
    expect(text, `correction source missing: ${from}`).toContain(from);
    text = text.split(from).join(to);
  }
  return normalise(text);
}

/** An excerpt may capitalise its first letter when it starts mid-sentence. */
function appearsIn(article: string, text: string): boolean {
  const t = normalise(text);
  const lowerFirst = t.charAt(0).toLowerCase() + t.slice(1);
  return article.includes(t) || article.includes(lowerFirst);
}

describe('reflections catalogue', () => {
  const article = loadArticle();

  it('has at least 24 entries', () => {
    expect(REFLECTIONS.length).toBeGreaterThanOrEqual(24);
  });

  it('has unique, stable kebab-case ids', () => {
    const ids = REFLECTIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(reflectionIds()).toEqual(ids);
  });

  it.each(words.map((r) => [r.id, r.text] as const))('%s is the article’s words', (_id, text) => {
    expect(appearsIn(article, text), text).toBe(true);
  });

  /**
   * Words that only make sense inside the article: the author's therapy practice and clients, or a
   * pointer back to something said before. A reflection opens by itself, with nothing around it.
   */
  const CONTEXT_DEPENDENT: ReadonlyArray<readonly [string, RegExp]> = [
    ['the author’s clients', /\bclients?\b/i],
    ['the therapeutic relationship', /\btherapeutic relationship\b/i],
    ['her practice', /\b(my|therapy) practice\b|\bthe therapy room\b/i],
    ['“it was there that…”', /\bit was there\b/i],
    [
      'a pointer back at its start (“This creates”, “And that kind of”, “That loop”)',
      /^(this|that|these|those|and|it)\b/i,
    ],
    ['people spoken of as “they” before they were named', /^(they|they’re|they are)\b/i],
  ];

  it.each(
    words.flatMap((r) => CONTEXT_DEPENDENT.map(([what, pattern]) => [r.id, what, r.text, pattern] as const)),
  )('%s stands alone: no %s', (_id, _what, text, pattern) => {
    expect(text).not.toMatch(pattern);
  });

  it('gives every reflection its gentle invitation', () => {
    for (const r of words) expect(r.invitation?.trim().length ?? 0, r.id).toBeGreaterThan(0);
  });

  it('never brings back a retired id', () => {
    for (const id of RETIRED_IDS) expect(reflectionById(id), id).toBeUndefined();
  });

  it('has no duplicate texts', () => {
    const texts = words.map((r) => normalise(r.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('uses every theme, and only known themes', () => {
    const used = new Set(REFLECTIONS.map((r) => r.theme));
    for (const theme of THEMES) expect(used.has(theme), theme).toBe(true);
    for (const theme of used) expect(THEMES).toContain(theme);
  });

  it('uses typographic quotes consistently', () => {
    for (const r of words) {
      expect(r.text).not.toMatch(/["']/);
      if (r.invitation) expect(r.invitation).not.toMatch(/["']/);
    }
  });

  it('keeps invitations short, single-line and gentle', () => {
    const harsh = /\b(should|must|need to|have to|why haven|failed|lonely loser|guilt)\b/i;
    for (const r of words) {
      if (r.invitation === null) continue;
      expect(r.invitation.length).toBeGreaterThan(0);
      expect(r.invitation.length).toBeLessThanOrEqual(80);
      expect(r.invitation).not.toMatch(/\n/);
      // "don’t have to" is the kind of sentence we want; bare demands are not.
      expect(r.invitation.replace(/don’t have to/g, ''), r.invitation).not.toMatch(harsh);
    }
  });

  it('trims texts and keeps them reasonably short for a card', () => {
    for (const r of words) {
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.text).toBe(r.text.trim());
      expect(r.text.length).toBeLessThanOrEqual(320);
    }
  });

  it('credits the source', () => {
    expect(SOURCE.credit).toBe('From The Healing Power of Connection by Jennifer Goggin, LPC, LMHC, SEP');
    expect(SOURCE.title).toBe('The Healing Power of Connection');
    expect(SOURCE.author).toBe('Jennifer Goggin, LPC, LMHC, SEP');
    expect(SOURCE.url).toBe('https://www.jennifergogginLMHC.com');
  });

  it('looks reflections up by id', () => {
    expect(reflectionById('not-a-burden')?.theme).toBe('not-alone');
    expect(reflectionById('no-such-id')).toBeUndefined();
  });
});
