import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Contact,
  canAddContact,
  channelsOf,
  MAX_CONTACTS,
  markContacted,
  normaliseName,
  overdueBy,
  RHYTHM_MS,
  repairContacts,
  suggestContact,
  validateContactInput,
} from '../../../../lib/people/contacts';
import { inEnglish } from '../../setup-i18n';

const NOW = Date.UTC(2025, 5, 1, 12);
const DAY = 24 * 60 * 60 * 1000;
const defaults = { id: 'new-id', now: NOW };

function ok(input: Parameters<typeof validateContactInput>[0]): Contact {
  const r = validateContactInput(input, defaults);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
function errors(input: Parameters<typeof validateContactInput>[0]) {
  const r = validateContactInput(input, defaults);
  if (r.ok) throw new Error('expected errors');
  return inEnglish(r.errors) as Record<string, string>;
}

describe('validateContactInput', () => {
  it('normalises a full contact', () => {
    expect(
      ok({
        name: '  Maya  Lopez ',
        phone: '+1 (555) 123-4567',
        email: ' maya@example.com ',
        telegram: '@maya_l',
        preferred: 'whatsapp',
        note: ' loves long walks ',
        rhythm: 'two-weeks',
        lastContactedAt: NOW - DAY,
      }),
    ).toEqual({
      id: 'new-id',
      name: 'Maya Lopez',
      phone: '+15551234567',
      email: 'maya@example.com',
      telegram: 'maya_l',
      preferred: 'whatsapp',
      note: 'loves long walks',
      rhythm: 'two-weeks',
      lastContactedAt: NOW - DAY,
      createdAt: NOW,
    });
  });

  it('keeps an existing id and createdAt', () => {
    expect(ok({ id: 'c1', name: 'Jo', createdAt: 5 })).toEqual({ id: 'c1', name: 'Jo', createdAt: 5 });
  });

  it('leaves blank optional fields out', () => {
    expect(
      ok({ name: 'Jo', phone: '', email: '  ', telegram: '', note: '', rhythm: '', preferred: '' }),
    ).toEqual({
      id: 'new-id',
      name: 'Jo',
      createdAt: NOW,
    });
  });

  describe('name', () => {
    it.each([[''], ['   '], [undefined], [null], [42]])('is required (%j)', (name) => {
      expect(errors({ name }).name).toBe('Please add a name.');
    });
    it('is at most 60 characters, counting emoji as one', () => {
      expect(ok({ name: 'a'.repeat(60) }).name).toHaveLength(60);
      expect(ok({ name: '😊'.repeat(60) }).name).toBe('😊'.repeat(60));
      expect(errors({ name: 'a'.repeat(61) }).name).toBe('Names can be at most 60 characters.');
      expect(errors({ name: 'x'.repeat(10_000) }).name).toBe('Names can be at most 60 characters.');
    });
    it('accepts any script and keeps {name} literally', () => {
      expect(ok({ name: 'مريم' }).name).toBe('مريم');
      expect(ok({ name: 'שירה כהן' }).name).toBe('שירה כהן');
      expect(ok({ name: '{name} $&' }).name).toBe('{name} $&');
    });
    it('rejects bidi overrides and control characters', () => {
      expect(errors({ name: 'Eve\u202Egnp.exe' }).name).toBe('Names can only contain visible characters.');
      expect(errors({ name: 'a\u0000b' }).name).toBe('Names can only contain visible characters.');
      expect(normaliseName('a\nb').ok).toBe(true); // newlines collapse to a space
    });
  });

  describe('phone', () => {
    it.each([
      ['+1 555 123 4567', '+15551234567'],
      ['(555) 123-4567', '5551234567'],
      ['+44 20 7946 0958', '+442079460958'],
      ['555.123.4567', '5551234567'],
      ['1234567', '1234567'],
      ['+123456789012345', '+123456789012345'],
    ])('accepts %j as %j', (phone, expected) => {
      expect(ok({ name: 'Jo', phone }).phone).toBe(expected);
    });
    it.each([
      ['123456', 'A phone number needs 7 to 15 digits.'],
      ['+1234567890123456', 'A phone number needs 7 to 15 digits.'],
      ['1'.repeat(10_000), 'A phone number needs 7 to 15 digits.'],
      [
        '555-CALL-NOW',
        'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
      ],
      [
        'javascript:alert(1)',
        'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
      ],
      [
        '+1 555 #*',
        'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
      ],
      ['+1 555 123 4567\n', '+15551234567'],
      ['++15551234567', 'A phone number can have only one +, at the start.'],
      ['1555+1234567', 'A phone number can have only one +, at the start.'],
      [
        '٥٥٥١٢٣٤٥٦٧',
        'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
      ],
    ])('handles %j', (phone, expected) => {
      const r = validateContactInput({ name: 'Jo', phone }, defaults);
      if (expected.startsWith('+')) expect(r.ok && r.value.phone).toBe(expected);
      else expect(!r.ok && inEnglish(r.errors.phone)).toBe(expected);
    });
  });

  describe('email', () => {
    it.each([['a@b.co'], ['first.last+tag@mail.example.org'], ['josé@exämple.de']])('accepts %j', (email) => {
      expect(ok({ name: 'Jo', email }).email).toBe(email);
    });
    it.each([
      ['plainaddress'],
      ['a@b'],
      ['a@@b.co'],
      ['a@b@c.co'],
      ['a b@c.co'],
      ['a@b.co?cc=x@evil.com'],
      ['a@b.co&body=x'],
      ['a@b.co#x'],
      ['a%40b@c.co'],
      ['"a"@b.co'],
      ["o'brien@b.co"],
      ['<a@b.co>'],
      ['a@b.co\nbcc:x@y.z'],
      ['javascript:alert(1)@b.co'],
      ['.a@b.co'],
      ['a@-b.co'],
      ['a@b..co'],
      ['a\u202E@b.co'],
      [`${'a'.repeat(250)}@b.co`],
    ])('rejects %j', (email) => {
      expect(errors({ name: 'Jo', email }).email).toMatch(/email address/);
    });
    it('uses a clear message', () => {
      expect(errors({ name: 'Jo', email: 'nope' }).email).toBe("That doesn't look like an email address.");
    });
  });

  describe('telegram', () => {
    it.each([
      ['@maya_l', 'maya_l'],
      ['Maya2024', 'Maya2024'],
      ['a'.repeat(32), 'a'.repeat(32)],
    ])('accepts %j as %j', (telegram, expected) => {
      expect(ok({ name: 'Jo', telegram }).telegram).toBe(expected);
    });
    it.each([
      ['abcd'],
      ['a'.repeat(33)],
      ['@@maya_l'],
      ['maya-l'],
      ['maya l'],
      ['javascript:alert(1)'],
      ['t.me/maya'],
    ])('rejects %j', (telegram) => {
      expect(errors({ name: 'Jo', telegram }).telegram).toBe(
        'A Telegram username has 5 to 32 letters, digits or underscores.',
      );
    });
  });

  it('checks the preferred channel is known and usable', () => {
    expect(errors({ name: 'Jo', preferred: 'fax' }).preferred).toBe(
      'Choose one of the listed ways to reach them.',
    );
    expect(errors({ name: 'Jo', preferred: 'email' }).preferred).toBe('Add an email address to use email.');
    expect(errors({ name: 'Jo', phone: '5551234567', preferred: 'whatsapp' }).preferred).toMatch(
      /country code/,
    );
    expect(ok({ name: 'Jo', preferred: 'copy' }).preferred).toBe('copy');
  });

  it('limits the note to 500 characters and keeps line breaks', () => {
    expect(ok({ name: 'Jo', note: 'line 1\nline 2' }).note).toBe('line 1\nline 2');
    expect(ok({ name: 'Jo', note: 'n'.repeat(500) }).note).toHaveLength(500);
    expect(errors({ name: 'Jo', note: 'n'.repeat(501) }).note).toBe('Notes can be at most 500 characters.');
  });

  it('checks rhythm and lastContactedAt', () => {
    expect(errors({ name: 'Jo', rhythm: 'daily' }).rhythm).toBe(
      'Choose every week, every two weeks or every month.',
    );
    expect(errors({ name: 'Jo', lastContactedAt: -1 }).lastContactedAt).toBeDefined();
    expect(errors({ name: 'Jo', lastContactedAt: Number.NaN }).lastContactedAt).toBeDefined();
  });

  it('reports every bad field at once', () => {
    expect(Object.keys(errors({ name: '', phone: 'x', email: 'y', telegram: 'z' })).sort()).toEqual([
      'email',
      'name',
      'phone',
      'telegram',
    ]);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        validateContactInput(input as never, defaults);
      }),
      { numRuns: 500 },
    );
  });
});

describe('canAddContact', () => {
  const person = (i: number): Contact => ({ id: `c${i}`, name: `P${i}`, createdAt: 0 });
  it('allows up to 50 people', () => {
    expect(MAX_CONTACTS).toBe(50);
    expect(inEnglish(canAddContact(Array.from({ length: 49 }, (_, i) => person(i))))).toEqual({ ok: true });
    expect(inEnglish(canAddContact(Array.from({ length: 50 }, (_, i) => person(i))))).toEqual({
      ok: false,
      error: 'You can keep up to 50 people.',
    });
  });
});

describe('suggestContact', () => {
  const c = (id: string, extra: Partial<Contact> = {}): Contact => ({ id, name: id, createdAt: 0, ...extra });

  it('returns null for nobody', () => {
    expect(suggestContact([], NOW)).toBeNull();
  });

  it('prefers the most overdue against their rhythm', () => {
    const list = [
      c('recent-weekly', { rhythm: 'week', lastContactedAt: NOW - 2 * DAY }),
      c('never-no-rhythm'),
      c('monthly-40d', { rhythm: 'month', lastContactedAt: NOW - 40 * DAY }), // 10 days overdue
      c('weekly-20d', { rhythm: 'week', lastContactedAt: NOW - 20 * DAY }), // 13 days overdue
    ];
    expect(suggestContact(list, NOW)?.id).toBe('weekly-20d');
    expect(overdueBy(list[3] as Contact, NOW)).toBe(13 * DAY);
    expect(overdueBy(list[1] as Contact, NOW)).toBeNull();
  });

  it('treats someone with a rhythm who was never contacted as due', () => {
    const list = [
      c('weekly-20d', { rhythm: 'week', lastContactedAt: NOW - 20 * DAY }),
      c('new-weekly', { rhythm: 'week' }),
    ];
    expect(suggestContact(list, NOW)?.id).toBe('new-weekly');
  });

  it('otherwise picks never contacted first, then the oldest last contact', () => {
    const list = [
      c('a', { lastContactedAt: NOW - 3 * DAY }),
      c('b', { lastContactedAt: NOW - 9 * DAY }),
      c('c', { rhythm: 'month', lastContactedAt: NOW - 5 * DAY }), // not due yet
    ];
    expect(suggestContact(list, NOW)?.id).toBe('b');
    expect(suggestContact([...list, c('d')], NOW)?.id).toBe('d');
  });

  it('breaks ties by list order', () => {
    const list = [c('x'), c('y'), c('z', { lastContactedAt: 1 }), c('w', { lastContactedAt: 1 })];
    expect(suggestContact(list, NOW)?.id).toBe('x');
    expect(suggestContact(list, NOW, ['x', 'y'])?.id).toBe('z');
  });

  it('skips ids and returns null when everyone is skipped', () => {
    const list = [c('a'), c('b')];
    expect(suggestContact(list, NOW, ['a'])?.id).toBe('b');
    expect(suggestContact(list, NOW, ['a', 'b'])).toBeNull();
  });

  it('is not fooled by a last contact in the future (clock change)', () => {
    const list = [
      c('future', { rhythm: 'week', lastContactedAt: NOW + 30 * DAY }),
      c('old', { lastContactedAt: NOW - DAY }),
    ];
    expect(suggestContact(list, NOW)?.id).toBe('old');
  });

  it('a contact marked as reached drops down the list', () => {
    const list = [c('a', { rhythm: 'week' }), c('b', { rhythm: 'week', lastContactedAt: NOW - 10 * DAY })];
    expect(suggestContact(list, NOW)?.id).toBe('a');
    const after = [markContacted(list[0] as Contact, NOW), list[1] as Contact];
    expect(suggestContact(after, NOW)?.id).toBe('b');
    expect(RHYTHM_MS.week).toBe(7 * DAY);
  });

  it('always suggests someone from the list when not all are skipped', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        name: fc.constant('x'),
        createdAt: fc.constant(0),
        rhythm: fc.option(fc.constantFrom('week', 'two-weeks', 'month'), { nil: undefined }),
        lastContactedAt: fc.option(fc.nat({ max: NOW * 2 }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (list) => {
        const clean = list.map((x) => JSON.parse(JSON.stringify(x)) as Contact);
        expect(clean).toContain(suggestContact(clean, NOW));
      }),
    );
  });
});

describe('channelsOf', () => {
  it('lists what the contact has, preferred first, copy always available', () => {
    const all: Contact = {
      id: '1',
      name: 'Jo',
      phone: '+15551234567',
      email: 'jo@example.com',
      telegram: 'jo_jo_jo',
      createdAt: 0,
    };
    expect(channelsOf(all)).toEqual(['sms', 'whatsapp', 'signal', 'telegram', 'email', 'call', 'copy']);
    expect(channelsOf({ ...all, preferred: 'email' })).toEqual([
      'email',
      'sms',
      'whatsapp',
      'signal',
      'telegram',
      'call',
      'copy',
    ]);
    expect(channelsOf({ id: '2', name: 'Ann', createdAt: 0 })).toEqual(['copy']);
  });

  it('leaves out WhatsApp and Signal for a number without a country code', () => {
    expect(channelsOf({ id: '1', name: 'Jo', phone: '5551234567', createdAt: 0 })).toEqual([
      'sms',
      'call',
      'copy',
    ]);
  });

  it('re-validates stored fields and ignores a preferred channel it cannot use', () => {
    const bad = {
      id: '1',
      name: 'Jo',
      phone: 'javascript:alert(1)',
      email: 'a@b',
      preferred: 'sms',
      createdAt: 0,
    } as Contact;
    expect(channelsOf(bad)).toEqual(['copy']);
  });
});

describe('repairContacts', () => {
  const good: Contact = { id: 'a', name: 'Ann', phone: '+15551234567', createdAt: 1 };

  it('keeps valid contacts unchanged', () => {
    expect(repairContacts([good])).toEqual([good]);
    const round = JSON.parse(
      JSON.stringify([good, { ...good, id: 'b', rhythm: 'week', lastContactedAt: 5 }]),
    );
    expect(repairContacts(round)).toEqual(round);
  });

  it('drops only the broken contacts', () => {
    const input = [
      good,
      null,
      42,
      { id: 'b' },
      { name: 'No id', createdAt: 1 },
      { id: 'c', name: '', createdAt: 1 },
      { ...good, id: 'd', name: 'Dee' },
    ];
    expect(repairContacts(input).map((c) => c.id)).toEqual(['a', 'd']);
  });

  it('drops a broken optional field but keeps the person', () => {
    const out = repairContacts([
      {
        id: 'a',
        name: 'Ann',
        phone: 'not a phone',
        email: 'ann@example.com',
        preferred: 'sms',
        note: 'n'.repeat(600),
        createdAt: 1,
        extra: 'x',
      },
    ]);
    expect(out).toEqual([{ id: 'a', name: 'Ann', email: 'ann@example.com', createdAt: 1 }]);
  });

  it('drops duplicate ids and keeps at most 50', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...good, id: `c${i % 55}` }));
    const out = repairContacts(many);
    expect(out).toHaveLength(50);
    expect(new Set(out.map((c) => c.id)).size).toBe(50);
  });

  it.each([[null], [undefined], ['x'], [{}], [7]])('turns %j into an empty list', (input) => {
    expect(repairContacts(input)).toEqual([]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => void repairContacts(input)),
      { numRuns: 500 },
    );
  });
});
