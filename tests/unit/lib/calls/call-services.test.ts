import { describe, expect, it } from 'vitest';
import {
  CALL_SERVICES,
  type CallService,
  callServiceById,
  classifyCallTab,
  NO_CALL,
  sampleCalls,
} from '../../../../lib/calls/call-services';
import { isCallSitePattern } from '../../../../lib/settings/settings';

const all = CALL_SERVICES;
const only = (...ids: string[]) => ids.map((id) => callServiceById(id) as CallService);

describe('the call service catalogue', () => {
  it('lists the twelve services, each asking only for https host patterns of its own', () => {
    expect(CALL_SERVICES.map((s) => s.name)).toEqual([
      'Google Meet',
      'Zoom',
      'Microsoft Teams',
      'Slack huddles',
      'Discord',
      'Webex',
      'Whereby',
      'Jitsi Meet',
      'WhatsApp Web',
      'Messenger',
      'Telegram Web',
      'FaceTime links',
    ]);
    for (const service of CALL_SERVICES) {
      expect(service.origins.length).toBeGreaterThan(0);
      for (const origin of service.origins) expect(isCallSitePattern(origin)).toBe(true);
    }
    expect(new Set(CALL_SERVICES.map((s) => s.id)).size).toBe(CALL_SERVICES.length);
  });

  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meeting'],
    ['https://meet.google.com/abc-defg-hij?authuser=1', 'meeting'],
    ['https://meet.google.com/', null],
    ['https://meet.google.com/landing', null],
    ['https://us02web.zoom.us/wc/81234567890/join', 'meeting'],
    ['https://zoom.us/j/81234567890', 'meeting'],
    ['https://zoom.us/pricing', null],
    ['https://app.slack.com/client/T01/C02', 'voice'],
    ['https://discord.com/channels/1/2', 'voice'],
    ['https://teams.microsoft.com/v2/', 'voice'],
    ['https://acme.webex.com/meet/jane', 'meeting'],
    ['https://whereby.com/jane-room', 'meeting'],
    ['https://whereby.com/pricing', null],
    ['https://meet.jit.si/OurFamilyCall', 'meeting'],
    ['https://web.whatsapp.com/', 'voice'],
    ['https://facetime.apple.com/join#v=1&p=abc', 'meeting'],
    ['https://www.youtube.com/watch?v=1', null],
    ['http://meet.google.com/abc-defg-hij', null],
    ['https://evilmeet.google.com.example/abc-defg-hij', null],
    ['not a url', null],
  ])('reads %s as %s', (url, kind) => {
    expect(classifyCallTab(url, all, [])).toBe(kind);
  });

  it('reads only the services that are granted, and custom sites as needing sustained sound', () => {
    expect(classifyCallTab('https://meet.google.com/abc-defg-hij', only('zoom'), [])).toBeNull();
    expect(classifyCallTab('https://talk.example.org/room', only('zoom'), ['https://*.example.org/*'])).toBe(
      'voice',
    );
  });

  it('folds the tabs into one sample: a meeting open, heard, or sound elsewhere', () => {
    expect(sampleCalls([], all, [])).toEqual(NO_CALL);
    expect(
      sampleCalls(
        [
          { url: 'https://meet.google.com/abc-defg-hij', audible: false },
          { url: 'https://app.slack.com/client/T01', audible: true },
          { url: 'https://www.youtube.com/watch?v=1', audible: true },
        ],
        all,
        [],
      ),
    ).toEqual({ meetingOpen: true, meetingHeard: false, voiceHeard: true, heardHost: 'app.slack.com' });
  });

  it('names the host heard, a meeting’s first, for the decision log', () => {
    const tabs = [
      { url: 'https://app.slack.com/client/T01', audible: true },
      { url: 'https://meet.google.com/abc-defg-hij', audible: true },
    ];

    expect(sampleCalls(tabs, all, []).heardHost).toBe('meet.google.com');
    expect(
      sampleCalls([{ url: 'https://meet.google.com/abc-defg-hij', audible: false }], all, []),
    ).not.toHaveProperty('heardHost');
  });
});
