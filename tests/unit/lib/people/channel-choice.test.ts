import { describe, expect, it } from 'vitest';
import { opensInTab, otherWays, primaryWay } from '../../../../lib/people/channel-choice';
import { buildLink, CHANNELS } from '../../../../lib/people/reach-out';

const INTERNATIONAL = { id: 'a', name: 'Ana', createdAt: 1, phone: '+15551234567' };
const NATIONAL = { id: 'b', name: 'Ben', createdAt: 1, phone: '020 7946 0958' };
const EMAIL_ONLY = { id: 'c', name: 'Cy', createdAt: 1, email: 'cy@example.com' };
const TELEGRAM = { id: 'd', name: 'Di', createdAt: 1, phone: '020 7946 0958', telegram: 'di_writes' };

describe('the one filled button', () => {
  it.each([
    ['mac', INTERNATIONAL, 'sms'],
    ['android', NATIONAL, 'sms'],
    ['linux', INTERNATIONAL, 'whatsapp'],
    ['win', INTERNATIONAL, 'whatsapp'],
    ['cros', INTERNATIONAL, 'whatsapp'],
    ['linux', TELEGRAM, 'telegram'],
    ['win', EMAIL_ONLY, 'email'],
    ['mac', EMAIL_ONLY, 'email'],
    // The fallback: no channel that works in a desktop browser, but a phone number.
    ['linux', NATIONAL, 'qr'],
    ['win', NATIONAL, 'qr'],
    ['linux', { id: 'e', name: 'Ed', createdAt: 1 }, 'copy'],
  ])('on %s for %o is %s', (os, contact, way) => {
    expect(primaryWay(contact, os)).toBe(way);
  });

  it('follows the person’s preference where it works on this platform', () => {
    expect(primaryWay({ ...INTERNATIONAL, email: 'a@example.com', preferred: 'email' }, 'linux')).toBe(
      'email',
    );
    expect(primaryWay({ ...INTERNATIONAL, preferred: 'signal' }, 'win')).toBe('signal');
    expect(primaryWay({ ...INTERNATIONAL, preferred: 'call' }, 'mac')).toBe('call');
  });

  it('never makes sms: or tel: the filled button on a desktop without a handler for them', () => {
    for (const os of ['linux', 'win', 'cros', 'openbsd']) {
      for (const contact of [INTERNATIONAL, NATIONAL, { ...NATIONAL, preferred: 'sms' as const }]) {
        expect(['sms', 'call']).not.toContain(primaryWay(contact, os));
      }
    }
  });

  it('puts every other way one step away, the QR code whenever there is a phone', () => {
    expect(otherWays(INTERNATIONAL, 'linux')).toEqual(['sms', 'signal', 'call', 'qr', 'copy']);
    expect(otherWays(NATIONAL, 'linux')).toEqual(['sms', 'call', 'copy']);
    expect(otherWays(INTERNATIONAL, 'mac')).toEqual(['whatsapp', 'signal', 'call', 'qr', 'copy']);
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
