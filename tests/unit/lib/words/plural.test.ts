import { describe, expect, it } from 'vitest';
import { pickPlural, pluralForms } from '../../../../lib/words/plural';

/** A Polish and an Arabic group as the locale files write them, looked up as getMessage would. */
const POLISH: Record<string, string> = {
  'added.one': '1 nowa wiadomość',
  'added.few': '$1 nowe wiadomości',
  'added.many': '$1 nowych wiadomości',
  'added.other': '$1 nowej wiadomości',
};
const ARABIC: Record<string, string> = {
  'added.0': 'zero-exact',
  'added.zero': 'zero',
  'added.one': 'one',
  'added.two': 'two',
  'added.few': 'few',
  'added.many': 'many',
  'added.other': 'other',
};
const lookupIn = (table: Record<string, string>) => (key: string) => table[key] ?? '';

describe('plural sentences', () => {
  it.each([
    ['en', 1, 'one'],
    ['en', 2, 'other'],
    ['es', 1_000_000, 'many'],
    ['pl', 3, 'few'],
    ['pl', 5, 'many'],
    ['pl', 22, 'few'],
    ['ar', 2, 'two'],
    ['ar', 11, 'many'],
    ['ja', 1, 'other'],
  ])('in %s, %d takes the %s sentence', (locale, count, category) => {
    expect(pluralForms(count, locale)[0]).toBe(category);
  });

  it('picks Polish forms for 1, 2, 5 and 22 new messages', () => {
    const say = (n: number) => pickPlural('added', n, 'pl', lookupIn(POLISH)).replace('$1', String(n));

    expect([1, 2, 5, 22].map(say)).toEqual([
      '1 nowa wiadomość',
      '2 nowe wiadomości',
      '5 nowych wiadomości',
      '22 nowe wiadomości',
    ]);
  });

  it('says the exact "0" sentence where a group has one, else the language\'s own', () => {
    expect(pickPlural('added', 0, 'ar', lookupIn(ARABIC), true)).toBe('zero-exact');
    expect(pickPlural('added', 0, 'ar', lookupIn(ARABIC))).toBe('zero');
    const { 'added.0': _, ...noExact } = ARABIC;
    expect(pickPlural('added', 0, 'ar', lookupIn(noExact), true)).toBe('zero');
    expect(pickPlural('added', 0, 'pl', lookupIn(POLISH))).toBe('$1 nowych wiadomości');
  });

  it('falls back to `other` when a sentence is missing, and never throws on a bad tag', () => {
    expect(pickPlural('added', 3, 'ar', lookupIn({ 'added.other': 'other' }))).toBe('other');
    expect(pickPlural('added', 1, 'not a tag!', lookupIn(POLISH))).toBe('1 nowa wiadomość');
  });
});
