import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_LINK_PREFIXES,
  buildLink,
  CHANNELS,
  type Channel,
  isAllowedLink,
  qrPayload,
  wellFormed,
} from '../../../../lib/people/reach-out';

const person = { phone: '+15551234567', email: 'maya@example.com', telegram: 'maya_l' };
const RTL = 'مرحبا \u202Eשלום\u202C';
const HOSTILE_MESSAGES = [
  'Hi "Maya" & \'friends\' #1? 100% <b>yes</b>',
  'line one\nline two\r\nline three\ttab',
  'emoji 😊🫶🏽 👨‍👩‍👧 and flags 🇪🇸',
  RTL,
  'javascript:alert(1)',
  '?body=evil&text=evil#frag',
  '{name} $& %20 %',
  'x'.repeat(10_000),
  '',
];

/** The message part of a link, decoded. */
function decodedParam(url: string, key: string): string | null {
  const query = url.split('?')[1];
  if (query === undefined) return null;
  for (const pair of query.split('&')) {
    const [k, v] = pair.split('=');
    if (k === key) return decodeURIComponent(v ?? '');
  }
  return null;
}

describe('buildLink', () => {
  describe('sms', () => {
    it('builds sms: with an encoded ?body=', () => {
      expect(buildLink('sms', person, 'Hi Maya, how are you?')).toBe(
        'sms:+15551234567?body=Hi%20Maya%2C%20how%20are%20you%3F',
      );
      expect(buildLink('sms', { phone: '(555) 123-4567' }, 'hi')).toBe('sms:5551234567?body=hi');
      expect(buildLink('sms', person, '')).toBe('sms:+15551234567');
    });
    it.each(HOSTILE_MESSAGES.filter(Boolean).map((m) => [m.slice(0, 30), m]))(
      'round-trips %j',
      (_l, message) => {
        const url = buildLink('sms', person, message) as string;
        expect(url.startsWith('sms:+15551234567?body=')).toBe(true);
        expect(url.split('?')).toHaveLength(2);
        expect(url).not.toMatch(/[\s&#"'<>()]/);
        expect(decodedParam(url, 'body')).toBe(message);
      },
    );
  });

  describe('whatsapp', () => {
    it('builds wa.me with digits only and encoded ?text=', () => {
      expect(buildLink('whatsapp', person, 'Hi & bye')).toBe('https://wa.me/15551234567?text=Hi%20%26%20bye');
      expect(buildLink('whatsapp', person, '')).toBe('https://wa.me/15551234567');
    });
    it('needs an international number', () => {
      expect(buildLink('whatsapp', { phone: '5551234567' }, 'hi')).toBeNull();
    });
    it.each(HOSTILE_MESSAGES.filter(Boolean).map((m) => [m.slice(0, 30), m]))(
      'round-trips %j',
      (_l, message) => {
        const url = buildLink('whatsapp', person, message) as string;
        expect(url.startsWith('https://wa.me/15551234567?text=')).toBe(true);
        expect(decodedParam(url, 'text')).toBe(message);
      },
    );
  });

  describe('signal', () => {
    it('builds signal.me with the international number and no text (Signal has no prefill)', () => {
      expect(buildLink('signal', person, 'Hi & #x')).toBe('https://signal.me/#p/+15551234567');
      expect(buildLink('signal', { phone: '5551234567' }, 'hi')).toBeNull();
    });
  });

  describe('telegram', () => {
    it('builds t.me/username (no reliable prefill to a user)', () => {
      expect(buildLink('telegram', person, 'hi')).toBe('https://t.me/maya_l');
      expect(buildLink('telegram', { telegram: '@maya_l' }, 'hi')).toBe('https://t.me/maya_l');
    });
    it.each([
      ['maya/../../evil'],
      ['maya?x=1'],
      ['maya#x'],
      ['javascript:alert(1)'],
      ['ab'],
      ['@'],
      ['x'.repeat(10_000)],
    ])('rejects %j', (telegram) => {
      expect(buildLink('telegram', { telegram }, 'hi')).toBeNull();
    });
  });

  describe('email', () => {
    it('builds mailto: with encoded subject and body', () => {
      expect(buildLink('email', person, 'Hi & bye\nMaya', 'Thinking of you?')).toBe(
        'mailto:maya@example.com?subject=Thinking%20of%20you%3F&body=Hi%20%26%20bye%0AMaya',
      );
      expect(buildLink('email', person, 'hi')).toBe('mailto:maya@example.com?body=hi');
      expect(buildLink('email', person, '')).toBe('mailto:maya@example.com');
    });
    it.each(HOSTILE_MESSAGES.filter(Boolean).map((m) => [m.slice(0, 30), m]))(
      'round-trips %j as body and subject',
      (_l, message) => {
        const url = buildLink('email', person, message, message) as string;
        expect(url.startsWith('mailto:maya@example.com?subject=')).toBe(true);
        expect(url.split('&')).toHaveLength(2);
        expect(decodedParam(url, 'subject')).toBe(message);
        expect(decodedParam(url, 'body')).toBe(message);
      },
    );
    it('encodes non-ASCII addresses', () => {
      const url = buildLink('email', { email: 'josé@exämple.de' }, 'hi') as string;
      expect(url).toBe(`mailto:${encodeURIComponent('josé')}@${encodeURIComponent('exämple.de')}?body=hi`);
    });
    it.each([
      ['a@b.co?cc=evil@x.com'],
      ['a@b.co&bcc=evil@x.com'],
      ['a@b.co#frag'],
      ['a%0A@b.co'],
      ['a b@c.co'],
      ['a@b.co\nBcc: evil@x.com'],
      ['"a"@b.co'],
      ["a'@b.co"],
      ['<a@b.co>'],
      ['javascript:alert(1)'],
      ['javascript:alert(1)//@b.co'],
      [`a@${'b'.repeat(10_000)}.co`],
      [`${RTL}@b.co`],
    ])('rejects %j', (email) => {
      expect(buildLink('email', { email }, 'hi')).toBeNull();
    });
  });

  describe('call', () => {
    it('builds tel:', () => {
      expect(buildLink('call', person, 'ignored')).toBe('tel:+15551234567');
      expect(buildLink('call', { phone: '555.123.4567' }, '')).toBe('tel:5551234567');
    });
  });

  it('copy has no link', () => {
    expect(buildLink('copy', person, 'hi')).toBeNull();
  });

  describe('hostile phone numbers never make a link', () => {
    const bad = [
      'javascript:alert(1)',
      '+1 555 #*',
      '+1 555 123 4567?body=evil',
      '+1 555 123 4567&x',
      '+1 555 123 4567\nx',
      '"+15551234567"',
      '<+15551234567>',
      '+15551234567;ext=1',
      '++15551234567',
      '123',
      '1'.repeat(10_000),
      `+1555${RTL}1234567`,
      '{name}',
      '',
    ];
    const phoneChannels: Channel[] = ['sms', 'whatsapp', 'signal', 'call'];
    for (const channel of phoneChannels) {
      it.each(bad.map((p) => [p.slice(0, 30), p]))(`${channel}: %j`, (_l, phone) => {
        expect(buildLink(channel, { phone }, 'hi')).toBeNull();
        expect(qrPayload({ phone }, 'hi')).toBeNull();
      });
    }
  });

  it('ignores fields of the wrong type and a missing contact', () => {
    for (const channel of CHANNELS) {
      expect(
        buildLink(channel, { phone: 15551234567 as never, email: {} as never, telegram: [] as never }, 'hi'),
      ).toBeNull();
      expect(buildLink(channel, null as never, 'hi')).toBeNull();
    }
    expect(buildLink('javascript' as Channel, person, 'hi')).toBeNull();
    expect(buildLink('sms', person, 42 as never)).toBe('sms:+15551234567');
  });

  it('never throws on lone surrogates; replaces them', () => {
    const broken = 'a\uD800b\uDC00c';
    expect(wellFormed(broken)).toBe('a\uFFFDb\uFFFDc');
    expect(decodedParam(buildLink('sms', person, broken) as string, 'body')).toBe('a\uFFFDb\uFFFDc');
    expect(wellFormed('😊')).toBe('😊');
  });

  it('every link from any input is allowed and the message round-trips (property)', () => {
    const contactArb = fc.record({
      phone: fc.oneof(
        fc.string(),
        fc.constantFrom('+15551234567', '+44 20 7946 0958', 'javascript:alert(1)'),
      ),
      email: fc.oneof(fc.string(), fc.constantFrom('a@b.co', 'x@y.z?cc=e')),
      telegram: fc.oneof(fc.string(), fc.constantFrom('maya_l', '@someone')),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANNELS),
        contactArb,
        fc.string({ unit: 'grapheme' }),
        (channel, contact, message) => {
          const url = buildLink(channel, contact, message);
          if (url === null) return;
          expect(isAllowedLink(url)).toBe(true);
          expect(ALLOWED_LINK_PREFIXES.some((p) => url.startsWith(p))).toBe(true);
          expect(url).not.toMatch(/\s/);
          const key = channel === 'whatsapp' ? 'text' : 'body';
          if (message !== '' && (channel === 'sms' || channel === 'whatsapp' || channel === 'email')) {
            expect(decodedParam(url, key)).toBe(message);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isAllowedLink', () => {
  it.each([
    ['sms:+1555', true],
    ['tel:+1555', true],
    ['mailto:a@b.co', true],
    ['https://wa.me/1555', true],
    ['https://signal.me/#p/+1555', true],
    ['https://t.me/maya_l', true],
    ['javascript:alert(1)', false],
    ['https://wa.me.evil.com/', false],
    ['https://evil.com/?https://wa.me/', false],
    ['SMS:+1555', false],
    ['data:text/html,x', false],
    ['sms:+1555 x', false],
    ['tel:+1555\n', false],
  ])('%j → %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });
});

describe('qrPayload', () => {
  it('builds SMSTO:number:message', () => {
    expect(qrPayload(person, 'Hi Maya: how are you?')).toBe('SMSTO:+15551234567:Hi Maya: how are you?');
    expect(qrPayload({ phone: '555 123 4567' }, '')).toBe('SMSTO:5551234567:');
  });
  it('keeps emoji, RTL text, newlines and long text exactly', () => {
    for (const m of HOSTILE_MESSAGES) expect(qrPayload(person, m)).toBe(`SMSTO:+15551234567:${m}`);
  });
  it('is null without a phone', () => {
    expect(qrPayload({ email: 'a@b.co' }, 'hi')).toBeNull();
    expect(qrPayload(null as never, 'hi')).toBeNull();
  });
});
