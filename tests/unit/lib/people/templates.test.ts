import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canAddTemplate,
  DEFAULT_TEMPLATE_KEYS,
  defaultTemplates,
  fillTemplate,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATES,
  pickTemplate,
  repairTemplates,
  templateLength,
  validateTemplate,
} from '../../../../lib/people/templates';
import { inEnglish, LOCALES, type Locale, messageIn } from '../../setup-i18n';

/** Words a drafted hello must not carry, for the languages someone who reads them has listed. */
const UNWELCOME: Partial<Record<Locale, RegExp>> = {
  en: /\b(crisis|emergency|urgent|asap|immediately|help me|why haven|you never|you always|ignor|guilt|sorry to bother|must|should)\b/i,
  es: /(crisis|emergencia|urgente|cuanto antes|inmediatamente|ayúdame|por qué no|nunca me|siempre me|ignor|culpa|perdón por molestar|debes|deberías|tienes que)/i,
};

const defaultsIn = (locale: Locale) => defaultTemplates((key) => messageIn(locale, key));

describe.each(LOCALES)('default templates (%s)', (locale) => {
  const defaults = defaultsIn(locale);

  it('has at least 8 valid, distinct templates with {name}', () => {
    expect(defaults.length).toBe(DEFAULT_TEMPLATE_KEYS.length);
    expect(defaults.length).toBeGreaterThanOrEqual(8);
    expect(defaults.length).toBeLessThanOrEqual(MAX_TEMPLATES);
    expect(new Set(defaults).size).toBe(defaults.length);
    for (const t of defaults) {
      expect(validateTemplate(t)).toEqual({ ok: true, value: t });
      expect(t).toContain('{name}');
    }
  });

  it('is brief and free of guilt, urgency or crisis language', () => {
    for (const t of defaults) {
      const unwelcome = UNWELCOME[locale];
      if (unwelcome) expect(t, t).not.toMatch(unwelcome);
      expect(templateLength(t)).toBeLessThanOrEqual(160); // fits one text message
    }
  });

  it.each(defaults.map((t) => [t]))('reads naturally without a name: %s', (t) => {
    const text = fillTemplate(t, '');
    expect(text).not.toContain('{name}');
    expect(text).not.toMatch(/ {2}| [,.!?]|^[\s,]|[¡¿][,.!?]/);
  });
});

describe('fillTemplate', () => {
  it('replaces every {name} with the trimmed name', () => {
    expect(fillTemplate('Hi {name}! Yes, {name}, you.', '  Sam  ')).toBe('Hi Sam! Yes, Sam, you.');
  });

  it('collapses whitespace inside the name', () => {
    expect(fillTemplate('Hi {name}.', ' Ana \n Maria ')).toBe('Hi Ana Maria.');
  });

  it('inserts the name literally: no $ patterns, no recursion', () => {
    expect(fillTemplate('Hi {name}!', '$&')).toBe('Hi $&!');
    expect(fillTemplate('Hi {name}!', "$1$'$`$$")).toBe("Hi $1$'$`$$!");
    expect(fillTemplate('Hi {name}, {name}', '{name}')).toBe('Hi {name}, {name}');
    expect(fillTemplate('Hi {name}', '.*+?^(){}[]|\\')).toBe('Hi .*+?^(){}[]|\\');
  });

  it('inserts any name exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (raw) => {
        const name = raw.replace(/\s+/g, ' ').trim();
        fc.pre(name !== '');
        expect(fillTemplate('<{name}>', raw)).toBe(`<${name}>`);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves other braces and placeholders alone', () => {
    expect(fillTemplate('Hi {name} {date} {{name}} {Name}', 'Jo')).toBe('Hi Jo {date} {Jo} {Name}');
    expect(fillTemplate('No placeholder here {}', 'Jo')).toBe('No placeholder here {}');
  });

  describe('with an empty name', () => {
    it.each([
      ['Hi {name}, you crossed my mind today.', 'Hi, you crossed my mind today.'],
      ['Hey {name}! Small hello.', 'Hey! Small hello.'],
      ['Thanks, {name}.', 'Thanks.'],
      ['Hi {name}', 'Hi'],
      ['{name}, are you free this week?', 'Are you free this week?'],
      ['Hi {name} — quick hello.', 'Hi — quick hello.'],
      ['Hi {name},\n{name}, line two', 'Hi,\nLine two'],
      ['{name}', ''],
      ['Thinking of you, {name}, today.', 'Thinking of you, today.'],
    ])('%j → %j', (template, expected) => {
      expect(fillTemplate(template, '')).toBe(expected);
      expect(fillTemplate(template, '   ')).toBe(expected);
    });
  });

  it('handles hostile text in the template and name without throwing', () => {
    const hostile = 'javascript:alert(1) <script>"\'&#?\n\u202Eمرحبا שלום 😊';
    expect(fillTemplate(`Hi {name}: ${hostile}`, hostile)).toBe(
      `Hi ${hostile.replace(/\s+/g, ' ').trim()}: ${hostile}`,
    );
  });
});

describe('validateTemplate', () => {
  it('accepts and trims', () => {
    expect(validateTemplate('  Hi {name}  ')).toEqual({ ok: true, value: 'Hi {name}' });
  });

  it('accepts exactly 500 characters, counting an emoji as one', () => {
    expect(validateTemplate('a'.repeat(500)).ok).toBe(true);
    expect(validateTemplate('😊'.repeat(500)).ok).toBe(true);
  });

  it('rejects more than 500 characters with a clear message', () => {
    const r = validateTemplate('a'.repeat(MAX_TEMPLATE_LENGTH + 1));
    expect(inEnglish(r)).toEqual({
      ok: false,
      error: 'Messages can be at most 500 characters (this one has 501).',
    });
  });

  it.each([[''], ['   '], ['\n\t']])('rejects blank %j', (text) => {
    expect(inEnglish(validateTemplate(text))).toEqual({ ok: false, error: "A message can't be empty." });
  });

  it.each([[null], [undefined], [42], [{}], [['x']]])('rejects non-text %j', (text) => {
    expect(inEnglish(validateTemplate(text))).toEqual({ ok: false, error: 'A message must be text.' });
  });
});

describe('canAddTemplate', () => {
  it('allows up to 20', () => {
    expect(inEnglish(canAddTemplate(Array(19).fill('x')))).toEqual({ ok: true });
    expect(inEnglish(canAddTemplate(Array(20).fill('x')))).toEqual({
      ok: false,
      error: 'You can keep up to 20 messages.',
    });
  });
});

describe('pickTemplate', () => {
  const list = ['a', 'b', 'c'];

  it('steps through the list by integer seed, wrapping and handling negatives', () => {
    expect([0, 1, 2, 3, 4, -1, -3].map((s) => pickTemplate(list, s))).toEqual([
      'a',
      'b',
      'c',
      'a',
      'b',
      'c',
      'a',
    ]);
  });

  it('scales a random fraction', () => {
    expect(pickTemplate(list, 0.5)).toBe('b');
    expect(pickTemplate(list, 0.99)).toBe('c');
  });

  it('falls back for odd seeds and an empty list', () => {
    expect(pickTemplate(list, Number.NaN)).toBe('a');
    expect(pickTemplate(list, Number.POSITIVE_INFINITY)).toBe('a');
    expect(pickTemplate([], 3, defaultsIn('en'))).toBe(defaultsIn('en')[3]);
    expect(pickTemplate([], 3)).toBe('');
  });

  it('always returns a member of the list', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), fc.double(), (l, seed) => {
        expect(l).toContain(pickTemplate(l, seed));
      }),
    );
  });
});

describe('repairTemplates', () => {
  it('keeps valid templates, drops broken ones and duplicates, caps at 20', () => {
    const input = [
      'Hi {name}',
      42,
      '',
      'x'.repeat(501),
      ' Hi {name} ',
      null,
      ...Array.from({ length: 30 }, (_, i) => `t${i}`),
    ];
    const out = repairTemplates(input);
    expect(out.length).toBe(20);
    expect(out[0]).toBe('Hi {name}');
    expect(out[1]).toBe('t0');
  });

  it('gives the defaults it is handed for garbage', () => {
    for (const bad of [null, undefined, 'x', 3, {}]) {
      expect(repairTemplates(bad, defaultsIn('es'))).toEqual(defaultsIn('es'));
      expect(repairTemplates(bad)).toEqual([]);
    }
  });
});
