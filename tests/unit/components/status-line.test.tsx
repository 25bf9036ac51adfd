import { describe, expect, it } from 'vitest';
import { statusText } from '../../../components/status-line';
import { STATUS_BELOW_THRESHOLD } from '../entrypoints/popup/status-fixture';

describe('the status line of a card that opened at a still moment', () => {
  it('gives the real minutes while the person is idle for a moment, not a break', () => {
    expect(statusText({ ...STATUS_BELOW_THRESHOLD, away: true, solitaryMs: 95 * 60_000 })).toBe(
      '1 h 35 min on your own at the screen.',
    );
  });

  it('says they are on a break once the break has reset the time alone', () => {
    expect(statusText({ ...STATUS_BELOW_THRESHOLD, away: true, solitaryMs: 0 })).toBe(
      'On a break from the screen.',
    );
  });
});
