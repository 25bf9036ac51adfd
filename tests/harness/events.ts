/**
 * fast-check generators of real-life event sequences for the oracle (`world.ts`).
 */
import fc from 'fast-check';
import type { Ev } from './world';

/** Relative weights; a finding being fixed can be muted by setting its weight to 0. */
export const DEFAULT_WEIGHTS = {
  pass: 30,
  secs: 8,
  activity: 14,
  sleep: 3,
  status: 14,
  settings: 3,
  connected: 2,
  snooze: 1,
  pause: 1,
  resume: 1,
  restart: 2,
  death: 5,
  killNext: 3,
  jump: 2,
  focus: 3,
  clear: 1,
  /** A backup imported now and then (its own settings, history and log); ORACLE_IMPORT=0 leaves them out. */
  import: process.env.ORACLE_IMPORT === '0' ? 0 : 1,
  update: 1,
  call: 4,
  front: 5,
  tab: 4,
};

export type Weights = typeof DEFAULT_WEIGHTS;

const SLACK = 'https://app.slack.com/client/T1/C1';

export function eventArb(weights: Weights = DEFAULT_WEIGHTS): fc.Arbitrary<Ev> {
  const w = (weight: number, arbitrary: fc.Arbitrary<Ev>) => ({ weight, arbitrary });
  return fc.oneof(
    w(
      weights.pass,
      fc.integer({ min: 1, max: 20 }).map((min): Ev => ({ k: 'pass', min })),
    ),
    w(
      weights.secs,
      fc.integer({ min: 1, max: 59 }).map((s): Ev => ({ k: 'secs', s })),
    ),
    w(
      weights.activity,
      fc.constantFrom<Ev>(
        { k: 'activity', state: 'active' },
        { k: 'activity', state: 'active' },
        { k: 'activity', state: 'idle' },
        { k: 'activity', state: 'locked' },
      ),
    ),
    w(
      weights.sleep,
      fc.integer({ min: 1, max: 90 }).map((min): Ev => ({ k: 'sleep', min })),
    ),
    w(weights.status, fc.constant<Ev>({ k: 'status' })),
    w(
      weights.settings,
      fc
        .record(
          {
            thresholdMin: fc.constantFrom(15, 20, 30, 45),
            breakMin: fc.constantFrom(1, 2, 3, 5, 10),
            quiet: fc.boolean(),
          },
          { requiredKeys: [] },
        )
        .map((r): Ev => ({ k: 'settings', ...r })),
    ),
    w(weights.connected, fc.constant<Ev>({ k: 'connected' })),
    w(
      weights.snooze,
      fc.constantFrom(15, 30, 60).map((minutes): Ev => ({ k: 'snooze', minutes: minutes as 15 })),
    ),
    w(
      weights.pause,
      fc.constantFrom<'hour' | 'today'>('hour', 'today').map((span): Ev => ({ k: 'pause', span })),
    ),
    w(weights.resume, fc.constant<Ev>({ k: 'resume' })),
    w(
      weights.restart,
      fc
        .record({ min: fc.integer({ min: 0, max: 60 }), keepAlarms: fc.boolean() })
        .map((r): Ev => ({ k: 'restart', ...r })),
    ),
    w(weights.death, fc.constant<Ev>({ k: 'death' })),
    w(
      weights.killNext,
      fc.integer({ min: 1, max: 8 }).map((after): Ev => ({ k: 'killNext', after })),
    ),
    w(
      weights.jump,
      fc
        .oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -180, max: 180 }))
        .filter((m) => m !== 0)
        .map((min): Ev => ({ k: 'jump', min })),
    ),
    w(
      weights.focus,
      fc.boolean().map((focused): Ev => ({ k: 'focus', focused })),
    ),
    w(weights.clear, fc.constant<Ev>({ k: 'clear' })),
    w(
      weights.import,
      fc.constantFrom(15, 20, 30).map((thresholdMin): Ev => ({ k: 'import', thresholdMin })),
    ),
    w(weights.update, fc.constant<Ev>({ k: 'update' })),
    w(
      weights.call,
      fc.boolean().map((on): Ev => ({ k: 'call', on })),
    ),
    // The front tab plays a video (or stops), is muted, the window goes fullscreen (issue 12).
    w(
      weights.front,
      fc.constantFrom<Ev>(
        { k: 'front', audible: true },
        { k: 'front', audible: true },
        { k: 'front', audible: false },
        { k: 'front', muted: true },
        { k: 'front', muted: false },
        { k: 'front', fullscreen: true },
        { k: 'front', fullscreen: false },
      ),
    ),
    // Background tabs: music, a Slack channel (chimes, huddles), a Meet room the person joins or leaves.
    w(
      weights.tab,
      fc.constantFrom<Ev>(
        { k: 'tab', id: 2, url: 'https://music.example.com/playlist', audible: true },
        { k: 'tab', id: 2, audible: false },
        { k: 'tab', id: 4, url: SLACK, audible: true },
        { k: 'tab', id: 4, url: SLACK, audible: false },
        { k: 'tab', id: 3, url: 'https://meet.google.com/abc-defg-hij', audible: true },
        { k: 'tab', id: 3, audible: false },
        { k: 'tab', id: 3, url: 'https://meet.google.com/', audible: false },
        { k: 'tab', id: 3, url: null },
      ),
    ),
  );
}
