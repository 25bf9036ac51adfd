/**
 * `browser.idle` as the browsers really behave (WXT's fake has none): the state starts `active`,
 * only CHANGES are reported, and Firefox never reports `locked` (a locked screen reads as `idle`).
 * After a browser restart the idle manager starts again from `active`, so a person who is still
 * away is reported by a change shortly after start, and a person who is active is not reported at all.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Activity = 'active' | 'idle' | 'locked';

type Listener = (state: Activity) => unknown;

/** A browser event with a `trigger`, like the fake browser's own. */
export function defineEvent<L extends (...args: never[]) => unknown>() {
  const listeners: L[] = [];
  return {
    addListener: (l: L) => void listeners.push(l),
    removeListener: (l: L) => {
      const i = listeners.indexOf(l);
      if (i >= 0) listeners.splice(i, 1);
    },
    hasListener: (l: L) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    removeAllListeners: () => {
      listeners.length = 0;
    },
    trigger: (...args: Parameters<L>) => Promise.all(listeners.map((l) => l(...args))),
  };
}

export class FakeIdle {
  /** What the person is really doing. */
  truth: Activity = 'active';
  /** What the browser last reported (its idle manager's memory). */
  private reported: Activity = 'active';
  detectionIntervalS: number | null = null;
  /**
   * Whether the person's input keeps flowing without a 15 s rest (typing through). By default an
   * active person is a reader: between scrolls and clicks the input rests, so a question about a
   * span shorter than the detection interval (a card's still moment) finds it at rest.
   */
  typing = false;
  readonly onStateChanged = defineEvent<Listener>();

  constructor(readonly browserName: 'chrome' | 'firefox' = 'chrome') {}

  /** Installs this fake as `browser.idle`. */
  install(): this {
    (fakeBrowser as unknown as { idle: unknown }).idle = {
      queryState: async (intervalS: number) => {
        const shorter = intervalS < (this.detectionIntervalS ?? Number.POSITIVE_INFINITY);
        if (this.truth === 'active' && shorter) return this.typing ? 'active' : 'idle';
        return this.seen(this.truth);
      },
      setDetectionInterval: (s: number) => {
        this.detectionIntervalS = s;
      },
      onStateChanged: this.onStateChanged,
    };
    return this;
  }

  /** The state this browser can report for what the person does. */
  seen(state: Activity): Activity {
    return this.browserName === 'firefox' && state === 'locked' ? 'idle' : state;
  }

  /** The person's activity changes; resolves with the reported state, or null when nothing was reported. */
  set(state: Activity): Activity | null {
    this.truth = state;
    return this.report();
  }

  /** The browser (re)starts: its idle manager forgets and starts from `active`. */
  restart(): Activity | null {
    this.reported = 'active';
    return this.report();
  }

  /** Reports a change if the browser sees one; returns what was reported. Triggering is the caller's job. */
  private report(): Activity | null {
    const now = this.seen(this.truth);
    if (now === this.reported) return null;
    this.reported = now;
    return now;
  }
}
