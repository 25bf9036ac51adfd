import { describe, expect, it } from 'vitest';
import {
  opensInTab,
  opensPhoneApp,
  otherWays,
  phoneLinksWork,
  primaryWay,
  type Way,
} from '../../../../lib/people/channel-choice';
import type { Contact } from '../../../../lib/people/contacts';
import { buildLink, CHANNELS } from '../../../../lib/people/reach-out';

const INTERNATIONAL = { id: 'a', name: 'Ana', createdAt: 1, phone: '+15551234567' };
const NATIONAL = { id: 'b', name: 'Ben', createdAt: 1, phone: '020 7946 0958' };
const EMAIL_ONLY = { id: 'c', name: 'Cy', createdAt: 1, email: 'cy@example.com' };
const TELEGRAM = { id: 'd', name: 'Di', createdAt: 1, phone: '020 7946 0958', telegram: 'di_writes' };
const NOBODY = { id: 'e', name: 'Ed', createdAt: 1 };

const PLATFORMS = ['mac', 'win', 'linux', 'cros', 'android'] as const;
type Os = (typeof PLATFORMS)[number];
const prefers = (preferred: Contact['preferred']) => ({ ...INTERNATIONAL, preferred });

describe('the one filled button', () => {
  // One row per person, one column per platform: what the filled button does there.
  it.each<[string, Partial<Contact>, Record<Os, Way>]>([
    // No preference: WhatsApp is never assumed for a phone number.
    [
      'a phone number only',
      INTERNATIONAL,
      { mac: 'sms', win: 'qr', linux: 'qr', cros: 'qr', android: 'sms' },
    ],
    ['a national number only', NATIONAL, { mac: 'sms', win: 'qr', linux: 'qr', cros: 'qr', android: 'sms' }],
    [
      'a phone and a Telegram username',
      TELEGRAM,
      { mac: 'sms', win: 'telegram', linux: 'telegram', cros: 'telegram', android: 'sms' },
    ],
    [
      'an email only',
      EMAIL_ONLY,
      { mac: 'email', win: 'email', linux: 'email', cros: 'email', android: 'email' },
    ],
    [
      'nothing but a name',
      NOBODY,
      { mac: 'copy', win: 'copy', linux: 'copy', cros: 'copy', android: 'copy' },
    ],
    // The preferred channel decides, where it works.
    [
      'someone who uses WhatsApp',
      prefers('whatsapp'),
      { mac: 'whatsapp', win: 'whatsapp', linux: 'whatsapp', cros: 'whatsapp', android: 'whatsapp' },
    ],
    [
      'someone who uses Signal',
      prefers('signal'),
      { mac: 'signal', win: 'signal', linux: 'signal', cros: 'signal', android: 'signal' },
    ],
    // Texting: the phone app where there is one (Windows through Phone Link), else copy + QR.
    [
      'someone who texts',
      prefers('sms'),
      { mac: 'sms', win: 'sms', linux: 'qr', cros: 'qr', android: 'sms' },
    ],
    [
      'someone reached some other way',
      prefers('copy'),
      { mac: 'copy', win: 'copy', linux: 'copy', cros: 'copy', android: 'copy' },
    ],
    [
      'someone who is called',
      prefers('call'),
      { mac: 'call', win: 'call', linux: 'qr', cros: 'qr', android: 'call' },
    ],
  ])('for %s', (_who, contact, expected) => {
    const actual = Object.fromEntries(PLATFORMS.map((os) => [os, primaryWay(contact, os)]));

    expect(actual).toEqual(expected);
  });

  it('follows an email preference over a phone number', () => {
    expect(primaryWay({ ...INTERNATIONAL, email: 'a@example.com', preferred: 'email' }, 'linux')).toBe(
      'email',
    );
  });
});

describe('the other ways', () => {
  it.each<[Os, Way[]]>([
    ['linux', ['whatsapp', 'signal', 'copy']],
    ['cros', ['whatsapp', 'signal', 'copy']],
    ['win', ['sms', 'whatsapp', 'signal', 'call', 'copy']],
    ['mac', ['whatsapp', 'signal', 'call', 'qr', 'copy']],
  ])('on %s, for a phone number, are %j (the QR code whenever there is a phone)', (os, ways) => {
    expect(otherWays(INTERNATIONAL, os)).toEqual(ways);
  });

  it.each(['linux', 'cros', 'openbsd'])(
    'on %s never offer sms: or tel:, as the button or one step away',
    (os) => {
      for (const contact of [INTERNATIONAL, NATIONAL, TELEGRAM, prefers('sms'), prefers('call')]) {
        const ways = [primaryWay(contact, os), ...otherWays(contact, os)];
        expect(ways).not.toContain('sms');
        expect(ways).not.toContain('call');
      }
    },
  );

  it('labels sms: and tel: as opening the phone app on Windows only', () => {
    expect(opensPhoneApp('sms', 'win')).toBe(true);
    expect(opensPhoneApp('call', 'win')).toBe(true);
    expect(opensPhoneApp('whatsapp', 'win')).toBe(false);
    expect(opensPhoneApp('sms', 'mac')).toBe(false);
  });

  it('says where sms: and tel: links work', () => {
    expect(PLATFORMS.filter(phoneLinksWork)).toEqual(['mac', 'win', 'android']);
  });
});

describe('channel links', () => {
  const contact = { ...INTERNATIONAL, email: 'a@example.com', telegram: 'ana_writes' };

  it.each(CHANNELS.filter((c) => c !== 'copy'))('%s: an app link never targets a new tab', (channel) => {
    const href = buildLink(channel, contact, 'Hi') as string;

    const appScheme = /^(sms|tel|mailto):/.test(href);

    expect(opensInTab(href)).toBe(!appScheme);
  });
});
