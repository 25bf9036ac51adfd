/**
 * Plural groups said through the platform (`say`, `translatePlural`): the sentence follows the
 * browser's language's rules, the count in its digits.
 */
import { describe, expect, it } from 'vitest';
import { plural } from '../../../lib/words/phrase';
import { say, translatePlural } from '../../../platform/shared/i18n';
import { useLocale } from '../setup-i18n';

describe("plural sentences in the browser's language", () => {
  it.each([
    [0, 'Ningún momento de conexión en este periodo.'],
    [1, 'Un momento de conexión en este periodo.'],
    [3, '3 momentos de conexión en este periodo.'],
    [1_000_000, '1.000.000 de momentos de conexión en este periodo.'],
  ])('Spanish: %d connection moments', (count, sentence) => {
    useLocale('es');

    expect(translatePlural('insights.chart_connections', count)).toBe(sentence);
  });

  it('English: one and many hidden reflections, and the exact zero of "reached out"', () => {
    expect(translatePlural('options.reflections.hidden_count', 1)).toBe('1 reflection is hidden.');
    expect(translatePlural('options.reflections.hidden_count', 4)).toBe('4 reflections are hidden.');
    expect(translatePlural('insights.reached_out', 0)).toBe(
      'When you reach out to someone, Attune will note it here.',
    );
  });

  it('says plural phrases from lib/ with their own substitutions', () => {
    useLocale('es');

    expect(say(plural('backup.preview.messages_added', 2))).toBe('2 mensajes nuevos');
    expect(say(plural('backup.preview.messages_removed', 1))).toBe('1 mensaje quitado');
  });
});
