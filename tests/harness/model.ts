/**
 * An independent reference model of solitary time, written from the product's definition and NOT
 * from its code: a plain list of active and away spans on the real timeline.
 *
 * Solitary time = active time since the later of the last connection moment and the end of the last
 * away span at least the break length long. Away = idle, locked, asleep, browser closed. A clock
 * jump larger than the break (either way) is a break too; shorter away spans pause without
 * resetting; active time is counted only while the wall clock passes the latest time it showed.
 *
 * Where the product documents an uncertainty (a restart may lose up to 15 unsaved minutes and may
 * keep a session across a gap shorter than break + 15), or cannot know something (when exactly a
 * clock jumped; a span measured across a small jump), the model carries an interval [lo, hi] and the
 * product must be inside it. The interval collapses at the next definite break or connection.
 */
import { MINUTE } from './fake-clock';
import type { Activity } from './fake-idle';

export interface ModelSettings {
  thresholdMin: number;
  breakMin: number;
  repeatMin: number;
  dailyCap: number;
  quietHours: { enabled: boolean; start: string; end: string };
}

export type SpanKind = 'active' | 'idle' | 'locked' | 'asleep' | 'closed';

export interface Span {
  kind: SpanKind;
  /** Real time. */
  from: number;
  to: number | null;
}

/** The documented loss of a browser restart (one heartbeat). */
export const RESTART_LOSS_MIN = 15;

/** A call at least this long (configured minutes) is a connection moment (product.md). */
export const CALL_CONNECTION_MIN = 2;

export type Tri = 'yes' | 'no' | 'maybe';

export class ReferenceModel {
  spans: Span[] = [];
  /** Solitary ms, as an interval. */
  lo = 0;
  hi = 0;
  /** The product learns of a jump-break only at its next event: `lo` stays put until then. */
  loFrozen = false;
  /**
   * Latest wall time shown while active: active time below it is not counted. Two of them: after a
   * backward jump that may or may not be a break, `lo` still waits for the old mark while `hi` counts
   * from the new clock (the product may have re-anchored there).
   */
  highWater: number;
  highWaterHi: number;
  /** What the person does (truth) and whether the machine/browser can see it. */
  activity: Activity = 'active';
  machine: 'awake' | 'asleep' | 'closed' = 'awake';
  /** Current away span: start (real) and what makes its break decision uncertain. */
  awaySince: number | null = null;
  awaySkewMs = 0;
  awayUncertain = false;
  awayRestartTolerance = false;
  /** The product may count this many ms of the current away span as active (hi only). */
  private hiCountsAway = false;
  /** Nudge bookkeeping, from what the product was seen doing. */
  lastNudgeWall: number | null = null;
  lastNudgeUncertain = false;
  /**
   * Nudges in a row today without a connection since (the spec's backoff: each one doubles the
   * repeat interval, at most 8 times it); the `Maybe` ones may or may not have been recorded.
   */
  unanswered = 0;
  unansweredMaybe = 0;
  nudgeDay: string | null = null;
  nudgesToday = 0;
  nudgesTodayMaybe = 0;
  snoozedUntil: number | null = null;
  pausedUntil: number | null = null;
  /** The activity the product believes may be stale (an idle event was lost) until its next event. */
  activityUnknown = false;
  focused = true;

  constructor(
    public settings: ModelSettings,
    public real: number,
    public wall: number,
  ) {
    this.highWater = wall;
    this.highWaterHi = wall;
    this.spans.push({ kind: 'active', from: real, to: null });
  }

  get counting(): boolean {
    return this.activity === 'active' && this.machine === 'awake';
  }

  private spanKind(): SpanKind {
    return this.machine === 'awake' ? this.activity : this.machine;
  }

  private newSpan(): void {
    const kind = this.spanKind();
    const last = this.spans[this.spans.length - 1];
    if (last && last.kind === kind) return;
    if (last) last.to = this.real;
    this.spans.push({ kind, from: this.real, to: null });
    if (this.spans.length > 400) this.spans.splice(0, 100);
  }

  /** Time passes on both clocks (awake, asleep or closed alike). */
  advance(ms: number): void {
    const wallEnd = this.wall + ms;
    if (this.counting || (this.hiCountsAway && this.machine === 'awake')) {
      this.hi += Math.max(0, wallEnd - Math.max(this.wall, this.highWaterHi));
      if (this.counting && !this.loFrozen && this.lostActiveSince === null)
        this.lo += Math.max(0, wallEnd - Math.max(this.wall, this.highWater));
    }
    if (this.counting) {
      this.highWater = Math.max(this.highWater, wallEnd);
      this.highWaterHi = Math.max(this.highWaterHi, wallEnd);
    }
    this.wall = wallEnd;
    this.real += ms;
    this.judgeAway();
  }

  private breakMs(): number {
    return this.settings.breakMin * MINUTE;
  }

  /** Starts an away span (if not already away). */
  private goAway(): void {
    if (this.awaySince !== null) return;
    this.awaySince = this.real;
    this.awaySkewMs = 0;
    this.awayUncertain = false;
    this.awayRestartTolerance = false;
  }

  /** Whether the away span in progress, at its present length, is a break: yes, no or maybe. */
  private awayDecision(): Tri {
    if (this.awaySince === null) return 'no';
    const length = this.real - this.awaySince;
    const brk = this.breakMs();
    const margin = MINUTE + this.awaySkewMs; // the product sees a silence from its last event (≤ 1 tick)
    if (this.awayUncertain) return length >= brk - margin || this.hiCountsAway ? 'maybe' : 'no';
    if (this.awayRestartTolerance) {
      return length > brk + RESTART_LOSS_MIN * MINUTE + margin
        ? 'yes'
        : length >= brk - margin
          ? 'maybe'
          : 'no';
    }
    return length > brk + margin ? 'yes' : length >= brk - margin ? 'maybe' : 'no';
  }

  /** An away span that has reached the break length ends the session even before the person is back. */
  private judgeAway(): void {
    const decision = this.awayDecision();
    if (decision !== 'no') this.applyBreak(decision);
  }

  /** The away span ends: a break if it lasted the break length (with the allowed uncertainty). */
  private comeBack(): void {
    if (this.awaySince === null) return;
    this.judgeAway();
    this.awaySince = null;
    this.hiCountsAway = false;
  }

  private applyBreak(decision: Tri): void {
    if (decision === 'yes') {
      this.lo = 0;
      this.hi = 0;
      this.loFrozen = false;
      this.lastNudgeWall = null;
      this.lastNudgeUncertain = false;
    } else if (decision === 'maybe') {
      this.lo = 0;
      this.lastNudgeUncertain = this.lastNudgeUncertain || this.lastNudgeWall !== null;
    }
  }

  setActivity(state: Activity): void {
    this.activity = state;
    if (this.counting) this.comeBack();
    else if (this.machine === 'awake') this.goAway();
    this.highWater = Math.max(this.highWater, this.wall);
    this.highWaterHi = Math.max(this.highWaterHi, this.wall);
    this.newSpan();
  }

  /** An idle event was lost (the worker died handling it): the product is unsure until its next event. */
  lostActivityEvent(state: Activity): void {
    this.activityUnknown = true;
    if (state === 'active') {
      // The product still thinks the person is away: it counts from its next event, and if that comes
      // a break or more later, it may take the whole stretch for a break.
      if (this.awaySince !== null) this.awayUncertain = true;
      this.lostActiveSince ??= this.real;
    } else {
      // The product still thinks the person is active: it may count the away time.
      this.hiCountsAway = true;
      this.awayUncertain = true;
    }
  }

  /** Latest time seen before a backward jump larger than the break, until the product hears of it. */
  pendingBackJump: number | null = null;

  /**
   * The product handled (`sure`) or may have handled an event at the present wall time: that is now the
   * latest time it has seen, and active time below it is not counted (a clock set back).
   */
  sawWall(sure: boolean): void {
    this.highWater = Math.max(this.highWater, this.wall);
    if (sure) this.highWaterHi = Math.max(this.highWaterHi, this.wall);
  }

  /** A lost "active" report: since when the product may wrongly believe the person is away. */
  lostActiveSince: number | null = null;

  /** The product handled an event: it has caught up with jumps and lost events. */
  productHeard(): void {
    if (this.lostActiveSince !== null) {
      // A cold wake reads the real idle state: counting starts here, after a break if it looked like one.
      if (this.real - this.lostActiveSince >= this.breakMs() - MINUTE) this.applyBreak('maybe');
      this.lostActiveSince = null;
    }
    if (this.pendingBackJump !== null) {
      if (this.wall < this.pendingBackJump - this.breakMs() - MINUTE) {
        // It saw the clock behind by more than the break: a new session starts here.
        this.applyBreak('yes');
        this.highWater = this.wall;
        this.highWaterHi = this.wall;
        if (this.awaySince !== null) this.awaySince = this.real;
        this.awaySkewMs = 0;
      }
      this.pendingBackJump = null;
    }
    this.loFrozen = false;
    this.activityUnknown = false;
  }

  sleep(): void {
    if (this.callSince !== null) this.callDisrupted = true;
    this.machine = 'asleep';
    this.goAway();
    this.newSpan();
  }

  wake(): void {
    this.machine = 'awake';
    if (this.counting) this.comeBack();
    this.newSpan();
  }

  closeBrowser(): void {
    if (this.callSince !== null) this.callDisrupted = true;
    this.machine = 'closed';
    this.goAway();
    this.awayRestartTolerance = true;
    this.newSpan();
  }

  /** The browser started again: up to one heartbeat of unsaved solitary time may be lost. */
  openBrowser(): void {
    this.machine = 'awake';
    this.awayRestartTolerance = true;
    this.lo = Math.max(0, this.lo - RESTART_LOSS_MIN * MINUTE);
    this.lastNudgeUncertain = this.lastNudgeUncertain || this.lastNudgeWall !== null;
    this.nudgesTodayMaybe += this.nudgesToday;
    if (this.counting) this.comeBack();
    this.newSpan();
  }

  /** The system clock is set by `ms` (no real time passes). */
  jump(ms: number): void {
    const size = Math.abs(ms);
    const brk = this.breakMs();
    if (this.callSince !== null) this.callDisrupted = true;
    this.wall += ms;
    if (size > brk + MINUTE && ms < 0) {
      // A break by definition, but the product can only tell if it hears an event while the clock is
      // still behind (Chromium's alarms wait for the wall clock): until then, either way.
      this.applyBreak('maybe');
      this.loFrozen = true;
      this.pendingBackJump = Math.max(this.pendingBackJump ?? 0, this.highWater);
      this.highWaterHi = this.wall;
    } else if (size > brk + MINUTE) {
      // A definite break (the next event sees the silence); the product notices at its next event.
      this.applyBreak('yes');
      this.loFrozen = true;
      if (this.awaySince !== null) this.awaySince = this.real;
      this.awaySkewMs = 0;
      this.highWater = this.wall;
      this.highWaterHi = this.wall;
    } else {
      if (size >= brk - MINUTE) {
        this.applyBreak('maybe');
        this.loFrozen = true;
        this.highWaterHi = Math.min(this.highWaterHi, this.wall);
      }
      // The product measures spans across the jump on the wall clock.
      if (this.awaySince !== null) this.awaySkewMs += size;
      // A small forward jump while active looks like time passing: the product may count it.
      if (ms > 0 && this.counting) this.hi += ms;
      if (ms > 0 && this.counting) {
        this.highWater = Math.max(this.highWater, this.wall);
        this.highWaterHi = Math.max(this.highWaterHi, this.wall);
      }
    }
    this.lastNudgeUncertain = this.lastNudgeUncertain || this.lastNudgeWall !== null;
    if (this.snoozedUntil !== null || this.pausedUntil !== null) this.clockMovedUnderTimers = true;
  }

  clockMovedUnderTimers = false;

  /** A call in progress (real start), and whether something may have cut it short for the product. */
  callSince: number | null = null;
  callDisrupted = false;
  /** After a disrupted or lost call event, the product may or may not think a call is on. */
  callUnknown = false;

  /** A call (a granted site's tab audible) starts or ends. */
  call(on: boolean): void {
    if (on) {
      this.callSince = this.real;
      this.callDisrupted = false;
      return;
    }
    if (this.callSince === null) return;
    const length = this.real - this.callSince;
    const long = CALL_CONNECTION_MIN * MINUTE;
    // A call of 2 minutes or more is a connection moment, even if the person only listened.
    if (this.callDisrupted || this.callUnknown) {
      if (length >= long - MINUTE) this.applyConnectionMaybe();
    } else if (length >= long + MINUTE) this.connected();
    else if (length >= long - MINUTE) this.applyConnectionMaybe();
    this.callSince = null;
    this.callUnknown = this.callDisrupted;
    this.callDisrupted = false;
  }

  /** The worker died handling a call's start or end: the product may have missed it. */
  lostCallEvent(): void {
    this.callUnknown = true;
    if (this.callSince === null) this.applyConnectionMaybe();
  }

  private applyConnectionMaybe(): void {
    this.lo = 0;
    this.loFrozen = false;
    this.lastNudgeUncertain = this.lastNudgeUncertain || this.lastNudgeWall !== null;
  }

  /** The break length changed: a span in progress may be judged either way. */
  settingsChanged(next: ModelSettings): void {
    if (next.breakMin !== this.settings.breakMin && this.awaySince !== null) this.awayUncertain = true;
    this.settings = next;
  }

  connected(): void {
    this.lo = 0;
    this.hi = 0;
    this.loFrozen = false;
    this.lastNudgeWall = null;
    this.lastNudgeUncertain = false;
    this.unanswered = 0;
    this.unansweredMaybe = 0;
  }

  /** The wall time the product compares timers against (it never goes below the latest time seen). */
  effectiveWall(): number {
    return Math.max(this.wall, this.highWater);
  }

  snooze(minutes: number): void {
    this.snoozedUntil = this.effectiveWall() + minutes * MINUTE;
  }

  pause(until: number): void {
    this.pausedUntil = until > this.effectiveWall() ? until : null;
  }

  resume(): void {
    this.pausedUntil = null;
    this.snoozedUntil = null;
  }

  /** A nudge was shown at this moment (seen opening, or recorded by the popup's status request). */
  nudgeShown(uncertain = false): void {
    const day = localDayKey(this.wall);
    if (this.nudgeDay !== day) {
      this.nudgeDay = day;
      this.nudgesToday = 0;
      this.nudgesTodayMaybe = 0;
      this.unanswered = 0;
      this.unansweredMaybe = 0;
    }
    if (uncertain) {
      this.nudgesTodayMaybe += 1;
      this.unansweredMaybe += 1;
    } else {
      this.nudgesToday += 1;
      this.unanswered += 1;
    }
    this.lastNudgeWall = this.wall;
    this.lastNudgeUncertain = uncertain;
  }

  /** Whether a nudge is due right now: yes, no or maybe (the model cannot tell). */
  nudgeDue(toleranceMs = 0): Tri {
    const thr = this.settings.thresholdMin * MINUTE;
    const results: Tri[] = [];
    // There is something to nudge about, the person is here.
    results.push(this.lo >= thr ? 'yes' : this.hi + toleranceMs < thr ? 'no' : 'maybe');
    results.push(
      this.counting ? (this.activityUnknown ? 'maybe' : 'yes') : this.activityUnknown ? 'maybe' : 'no',
    );
    const now = this.effectiveWall();
    const timers = this.clockMovedUnderTimers ? 'maybe' : 'no';
    if (this.pausedUntil !== null && this.pausedUntil > now)
      results.push(timers === 'maybe' ? 'maybe' : 'no');
    if (this.snoozedUntil !== null && this.snoozedUntil > now)
      results.push(timers === 'maybe' ? 'maybe' : 'no');
    if (isQuiet(this.settings.quietHours, this.wall)) results.push('no');
    const today = localDayKey(now);
    if (this.nudgeDay === today) {
      if (this.nudgesToday >= this.settings.dailyCap) results.push('no');
      else if (this.nudgesToday + this.nudgesTodayMaybe >= this.settings.dailyCap) results.push('maybe');
    }
    if (this.lastNudgeWall !== null) {
      const since = now - this.lastNudgeWall;
      const backoff = (n: number) => Math.min(8, 2 ** Math.max(0, n - 1));
      const shortest = this.settings.repeatMin * MINUTE * backoff(this.unanswered);
      const longest = this.settings.repeatMin * MINUTE * backoff(this.unanswered + this.unansweredMaybe);
      if (since < shortest) results.push(this.lastNudgeUncertain ? 'maybe' : 'no');
      else if (since < longest) results.push('maybe');
    }
    if (!this.focused) results.push('no');
    if (this.callSince !== null) results.push(this.callDisrupted || this.callUnknown ? 'maybe' : 'no');
    else if (this.callUnknown) results.push('maybe');
    if (results.includes('no')) return 'no';
    if (results.includes('maybe')) return 'maybe';
    return 'yes';
  }
}

/** Local 'YYYY-MM-DD'. */
export function localDayKey(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function minuteOf(text: string): number {
  const [h, m] = text.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Quiet hours from the settings' words: start inclusive, end exclusive, may wrap midnight. */
export function isQuiet(q: ModelSettings['quietHours'], wall: number): boolean {
  if (!q.enabled) return false;
  const d = new Date(wall);
  const m = d.getHours() * 60 + d.getMinutes();
  const start = minuteOf(q.start);
  const end = minuteOf(q.end);
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}
