import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canAddTemplate,
  DEFAULT_TEMPLATES,
  fillTemplate,
  MAX_TEMPLATE_LENGTH,
  MAX_TEMPLATES,
  pickTemplate,
  repairTemplates,
  templateLength,
  validateTemplate,
} from '../../../lib/templates';

describe('default templates', () => {
  it('has at least 8 valid, distinct templates with {name}', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(8);
    expect(DEFAULT_TEMPLATES.length).toBeLessThanOrEqual(MAX_TEMPLATES);
    expect(new Set(DEFAULT_TEMPLATES).size).toBe(DEFAULT_TEMPLATES.length);
    for (const t of DEFAULT_TEMPLATES) {
      expect(validateTemplate(t)).toEqual({ ok: true, value: t });
      expect(t).toContain('{name}');
    }
  });

  it('is brief and free of guilt, urgency or crisis language', () => {
    const unwelcome =
      /\b(crisis|emergency|urgent|asap|immediately|help me|why haven|you never|you always|ignor|guilt|sorry to bother|must|should)\b/i;
    for (const t of DEFAULT_TEMPLATES) {
      expect(t, t).not.toMatch(unwelcome);
      expect(templateLength(t)).toBeLessThanOrEqual(160); // fits one text message
    }
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t]))('reads naturally without a name: %s', (t) => {
    const text = fillTemplate(t, '');
    expect(text).not.toContain('{name}');
    expect(text).not.toMatch(/ {2}| [,.!?]|^[\s,]/);
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
    expect(r).toEqual({ ok: false, error: 'Messages can be at most 500 characters (this one has 501).' });
  });

  it.each([[''], ['   '], ['\n\t']])('rejects blank %j', (text) => {
    expect(validateTemplate(text)).toEqual({ ok: false, error: "A message can't be empty." });
  });

  it.each([[null], [undefined], [42], [{}], [['x']]])('rejects non-text %j', (text) => {
    expect(validateTemplate(text)).toEqual({ ok: false, error: 'A message must be text.' });
  });
});

describe('canAddTemplate', () => {
  it('allows up to 20', () => {
    expect(canAddTemplate(Array(19).fill('x'))).toEqual({ ok: true });
    expect(canAddTemplate(Array(20).fill('x'))).toEqual({
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
    expect(pickTemplate([], 3)).toBe(DEFAULT_TEMPLATES[3]);
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

  it('gives the defaults for garbage', () => {
    for (const bad of [null, undefined, 'x', 3, {}])
      expect(repairTemplates(bad)).toEqual([...DEFAULT_TEMPLATES]);
  });
});
