import { describe, expect, it } from 'vitest';
import type { Decision } from '../../../../lib/tracker/decision-log';
import { knockDue, reviseOpening, waitingSince } from '../../../../lib/tracker/still-moment';

const MIN = 60_000;
const line = (at: number, what: Decision['what'], detail?: string): Decision => ({
  at: at * MIN,
  what,
  ...(detail && { detail }),
});

describe('the wait for a still moment', () => {
  it.each<[string, Decision[], number | null]>([
    ['none when nothing waited', [line(1, 'idle'), line(2, 'back')], null],
    [
      'from the first wait for typing',
      [line(1, 'deferred', 'typing'), line(2, 'idle'), line(3, 'back')],
      1 * MIN,
    ],
    [
      'afresh after a wait for another reason',
      [line(1, 'deferred', 'typing'), line(2, 'deferred', 'unfocused'), line(3, 'deferred', 'typing')],
      3 * MIN,
    ],
    ['over once the nudge opened', [line(1, 'deferred', 'typing'), line(4, 'nudge', 'popup')], null],
    ['over once Attune knocked', [line(1, 'deferred', 'typing'), line(4, 'knock')], null],
    ['over after a break', [line(1, 'deferred', 'typing'), line(9, 'break')], null],
  ])('%s', (_name, log, since) => {
    expect(waitingSince(log)).toBe(since);
  });

  it('knocks after three minutes of waiting, not before', () => {
    const log = [line(10, 'deferred', 'typing')];

    expect(knockDue(log, 12.9 * MIN, MIN)).toBe(false);
    expect(knockDue(log, 13 * MIN, MIN)).toBe(true);
  });
});

describe('how the card opened, once the browser answered', () => {
  it('says it opened in a window when the toolbar popup was refused', () => {
    const log = [line(1, 'deferred', 'typing'), line(2, 'nudge', 'popup')];

    expect(reviseOpening(log, 'window', 2 * MIN).at(-1)).toEqual(line(2, 'nudge', 'window'));
  });

  it('adds a knock when nothing could open', () => {
    const log = [line(2, 'nudge', 'popup')];

    expect(reviseOpening(log, 'knock', 3 * MIN).map((d) => d.what)).toEqual(['nudge', 'knock']);
  });

  it('changes nothing when it opened as recorded', () => {
    const log = [line(2, 'nudge', 'popup')];

    expect(reviseOpening(log, 'popup', 3 * MIN)).toBe(log);
  });
});
