/**
 * The status the popup tests start from, shared by the English and the Spanish popup tests:
 * 72 minutes alone at the screen, below a 90-minute threshold, nothing paused, snoozed or quiet.
 */
import type { Status } from '../../../../platform/shared/messages';

export const STATUS_BELOW_THRESHOLD: Status = {
  solitaryMs: 72 * 60_000,
  minuteMs: 60_000,
  away: false,
  paused: false,
  pausedUntil: null,
  snoozedUntil: null,
  thresholdMin: 90,
  deferredBy: 'below-threshold',
  quietUntil: null,
  inCall: false,
  // 18 more minutes alone from when the tests load.
  next: { kind: 'after', aloneMs: 90 * 60_000, notBefore: Date.now() + 18 * 60_000 },
};
