import { describe, expect, it } from 'vitest';
import {
  groupServices,
  originsToRelease,
  patternsOverlap,
  servicesOn,
  withoutService,
  withService,
} from '../../../../lib/calls/call-toggles';

describe('call toggles', () => {
  it('counts a service as on only when it is listed and granted here', () => {
    const granted = { meet: true, zoom: false, slack: true };

    expect(servicesOn(['meet', 'zoom'], granted)).toEqual(['meet']);
    expect(servicesOn([], granted)).toEqual([]);
  });

  it('adds a service once and removes it', () => {
    expect(withService(['meet'], 'zoom')).toEqual(['meet', 'zoom']);
    expect(withService(['meet', 'zoom'], 'zoom')).toEqual(['meet', 'zoom']);
    expect(withoutService(['meet', 'zoom'], 'meet')).toEqual(['zoom']);
  });

  it.each([
    ['https://*.zoom.us/*', 'https://zoom.us/*', true],
    ['https://*.zoom.us/*', 'https://us04web.zoom.us/*', true],
    ['https://us04web.zoom.us/*', 'https://*.zoom.us/*', true],
    ['https://meet.google.com/*', 'https://meet.google.com/*', true],
    ['https://meet.google.com/*', 'https://google.com/*', false],
    ['https://*.webex.com/*', 'https://webex.com.example.org/*', false],
  ])('%s and %s overlap: %s', (a, b, overlap) => {
    expect(patternsOverlap(a, b)).toBe(overlap);
  });

  it('gives back only origins nothing else still needs', () => {
    const teams = ['https://teams.microsoft.com/*', 'https://teams.live.com/*'];

    expect(originsToRelease(teams, [])).toEqual(teams);
    expect(originsToRelease(teams, ['https://teams.live.com/*'])).toEqual(['https://teams.microsoft.com/*']);
    expect(originsToRelease(['https://*.zoom.us/*'], ['https://zoom.us/*'])).toEqual([]);
  });

  it('groups the twelve services by whether they have a meeting address', () => {
    const { meetings, voice } = groupServices();

    expect(meetings.map((s) => s.id)).toEqual(['meet', 'zoom', 'webex', 'whereby', 'jitsi', 'facetime']);
    expect(voice.map((s) => s.id)).toEqual([
      'teams',
      'slack',
      'discord',
      'whatsapp',
      'messenger',
      'telegram',
    ]);
  });
});
