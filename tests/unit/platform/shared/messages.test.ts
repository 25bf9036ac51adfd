import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../../platform/shared/messages';

describe('the message protocol', () => {
  it.each([
    [{ type: 'ping' }],
    [{ type: 'status' }],
    [{ type: 'connected' }],
    [{ type: 'snooze', minutes: 30 }],
    [{ type: 'pause', span: 'today' }],
    [{ type: 'preview-nudge' }],
    [{ type: 'preview-nudge', style: 'badge' }],
    [{ type: 'less-often' }],
  ])('accepts %j as it is', (message) => {
    expect(parseRequest(message)).toEqual(message);
  });

  it.each([
    ['not an object', 'status'],
    ['null', null],
    ['an unknown type', { type: 'delete-everything' }],
    ['a snooze of a length the menu never offers', { type: 'snooze', minutes: 5 }],
    ['a snooze without its length', { type: 'snooze' }],
    ['a pause of an unknown span', { type: 'pause', span: 'week' }],
    ['a preview in an unknown style', { type: 'preview-nudge', style: 'siren' }],
  ])('refuses %s', (_name, message) => {
    expect(parseRequest(message)).toBeNull();
  });

  it('keeps only the fields a request has', () => {
    expect(parseRequest({ type: 'resume', extra: 1 })).toEqual({ type: 'resume' });
    expect(parseRequest({ type: 'snooze', minutes: 15, span: 'today' })).toEqual({
      type: 'snooze',
      minutes: 15,
    });
  });
});
