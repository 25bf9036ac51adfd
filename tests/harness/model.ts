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
 *
 * Watching and calls (issue 12), from the product's definition: while idle (never locked) and the
 * focused window's front tab plays sound unmuted (or the window is fullscreen), the session goes on
 * as counted time. It starts at the idle change if watching is seen then, or at a look within 2
 * minutes after it (the idle span is undone); it ends at the last sighting once a look 2 minutes
 * later sees none, after 180 minutes without input, or at a lock. A call starts at a look that hears
 * a meeting address of a granted service, or at the first of two looks a minute apart that hear a
 * service without meeting addresses (or a custom site); it ends at the last sound once 5 minutes
 * pass without any, or at once when the meeting tab leaves the meeting address (unless another
 * service is heard then: the call goes on as that service's, one call). A call of 2 minutes
 * or more is a connection moment: solitary time restarts from its end. The world tells the model
 * what each look of the product saw (`look`), since looks happen only when the product is woken.
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

/**
 * The documented loss of a browser restart: the counted minutes since the last snapshot, which is
 * saved before a sixth unsaved minute (issue 21: a quit loses at most 5 minutes of history).
 */
export const RESTART_LOSS_MIN = 5;

/** A call at least this long (configured minutes) is a connection moment (product.md). */
export const CALL_CONNECTION_MIN = 2;

/** Watching goes on this long after the last look that saw it (issue 12's definition). */
export const WATCH_GRACE_MIN = 2;
/** Watching without any input ends after this long. */
export const WATCH_CAP_MIN = 180;
/** A call goes on while sound was heard within this many minutes. */
export const CALL_SILENCE_MIN = 5;
/** Sustained sound: two looks at least this far apart. */
export const SUSTAINED_MIN = 1;

/** What one look at the granted call tabs found. */
export interface CallSample {
  meetingOpen: boolean;
  meetingHeard: boolean;
  voiceHeard: boolean;
}

/** What one look of the product saw. */
export interface Look {
  /** Watching is seen (focused window, front tab audible and unmuted, or fullscreen; setting on). */
  watching: boolean;
  calls: CallSample;
}

/** Within a second of a boundary the product may fall either side of it. */
const EDGE_MS = 1000;

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
  /** Fullscreen with sound in the focused window (a nudge waits): yes, no, or maybe. */
  fullscreenSound: Tri = 'no';

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
    return (
      (this.activity === 'active' || (this.activity === 'idle' && this.watching)) && this.machine === 'awake'
    );
  }

  /** Watching (counted while idle) since this real time, and the last look that saw it. */
  watching = false;
  watchSince: number | null = null;
  lastSeenWatching: number | null = null;
  /** When the idle change arrived while watching was not seen (the 2-minute window to undo it). */
  idleAt: number | null = null;
  /** How far the wall clock jumped since that idle change (either way): the product's 2 minutes move. */
  idleSkewMs = 0;
  /** The product may see the watching differently (a lost look, a boundary): lo does not count it. */
  watchUnsure = false;
  /** Counted ms ever (never reset), for "solitary time restarts from a past moment". */
  cumLo = 0;
  cumHi = 0;

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
      const hiAdd = Math.max(0, wallEnd - Math.max(this.wall, this.highWaterHi));
      this.hi += hiAdd;
      this.cumHi += hiAdd;
      const loCounts = this.activity === 'active' || (this.watching && !this.watchUnsure);
      if (this.counting && loCounts && !this.loFrozen && this.lostActiveSince === null) {
        const loAdd = Math.max(0, wallEnd - Math.max(this.wall, this.highWater));
        this.lo += loAdd;
        this.cumLo += loAdd;
      }
    }
    if (this.counting) {
      this.highWater = Math.max(this.highWater, wallEnd);
      this.highWaterHi = Math.max(this.highWaterHi, wallEnd);
    }
    this.wall = wallEnd;
    this.real += ms;
    this.notePeak();
    this.judgeAway();
  }

  private breakMs(): number {
    return this.settings.breakMin * MINUTE;
  }

  /** Starts an away span (if not already away). */
  private goAway(): void {
    if (this.awaySince !== null) return;
    this.awaySince = this.real;
    // A clock set back that the product has not heard of yet hides that much of the span from it:
    // it measures the silence on the wall clock from the latest time it saw (seed 20261131).
    this.awaySkewMs = this.pendingBackJump === null ? 0 : Math.max(0, this.pendingBackJump - this.wall);
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
      if (!this.watching) this.watchUnsure = false;
      this.clockSetBack = false;
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

  /**
   * The person's activity changes; `seen`: watching is seen by the look the idle change brings (the
   * product looks at every idle change it handles; pass false when it was not handled).
   */
  setActivity(state: Activity, seen = false): void {
    const wasWatching = this.watching;
    const wasCounting = this.counting;
    const from = this.activity;
    this.activity = state;
    const awake = this.machine === 'awake';
    // The product never heard the person come back (that report died with its worker): it may read
    // watching at this idle change as watching since the idle change it did hear (a sighting within
    // the 2-minute chance undoes that idle span), or as more of that idle span (seed 4, firefox).
    const unheardReturn = state === 'idle' && seen && awake && wasCounting && this.lostActiveSince !== null;
    if (unheardReturn) {
      this.hi += WATCH_GRACE_MIN * MINUTE;
      this.cumHi += WATCH_GRACE_MIN * MINUTE;
    }
    if (state === 'idle' && seen && awake && wasCounting && !unheardReturn) {
      // Watching at the idle change continues the counted stretch (it never starts one).
      if (!wasWatching) {
        this.watching = true;
        this.watchSince = this.real;
      }
      this.lastSeenWatching = this.real;
      this.idleAt = null;
    } else {
      if (wasWatching) this.stopWatching();
      if (state === 'active' && this.watchUnsure) {
        // The product may have ended the watching earlier, long enough ago to be a break.
        this.applyBreak('maybe');
        this.watchUnsure = false;
      }
      this.idleAt = state === 'idle' && awake && from === 'active' ? this.real : null;
      this.idleSkewMs = 0;
      if (this.counting) this.comeBack();
      else if (awake) this.goAway();
      // Re-reported after a restart while a film played: whether the product resumes it is open.
      if (state === 'idle' && seen && awake && (this.watchedBeforeClose || unheardReturn))
        this.blurWatching();
    }
    if (state === 'active') this.watchedBeforeClose = false;
    this.highWater = Math.max(this.highWater, this.wall);
    this.highWaterHi = Math.max(this.highWaterHi, this.wall);
    this.newSpan();
  }

  /** The browser closed (or the machine slept) while watching. */
  watchedBeforeClose = false;

  private stopWatching(): void {
    this.watching = false;
    this.watchSince = null;
    this.lastSeenWatching = null;
  }

  /**
   * Watching ends at an earlier moment `at` (real): the product takes back what it counted since and
   * the idle span starts there.
   */
  private endWatchingAt(at: number): void {
    const back = Math.max(0, this.real - at);
    this.hi = Math.max(0, this.hi - back);
    this.cumHi -= back;
    if (this.watchUnsure) this.applyBreak('maybe');
    else {
      this.lo = Math.max(0, this.lo - back);
      this.cumLo -= back;
    }
    this.stopWatching();
    this.awaySince = at;
    this.awaySkewMs = 0;
    this.awayUncertain = this.watchUnsure;
    this.awayRestartTolerance = false;
    this.judgeAway();
  }

  /** What one look of the product (a tick, an idle change, a settings change) saw. */
  look(seen: Look): void {
    this.lookWatching(seen.watching);
    this.lookCalls(seen.calls);
  }

  /** While idle, the product may or may not be watching (after a sleep, a restart): hi counts, lo not. */
  blurWatching(): void {
    if (this.activity !== 'idle') return;
    this.watchUnsure = true;
    if (!this.watching) {
      this.hiCountsAway = true;
      this.awayUncertain = true;
    }
  }

  /** A look may have happened but the worker died in it: the product may know more or less. */
  lostLook(): void {
    if (this.watching || this.idleAt !== null) {
      this.watchUnsure = true;
      if (!this.watching) {
        this.hiCountsAway = true;
        this.awayUncertain = true;
      }
    }
    if (this.callSince !== null || this.voiceFirst !== null || this.callsHeardRecently())
      this.callUnknown = true;
  }

  private lookWatching(seen: boolean): void {
    if (this.machine !== 'awake' || this.activity !== 'idle') return;
    const now = this.real;
    const grace = WATCH_GRACE_MIN * MINUTE;
    if (!this.watching) {
      if (!seen || this.idleAt === null) return;
      const since = now - this.idleAt;
      if (this.awaySince !== this.idleAt) {
        // The idle span began before this idle change (a restart, a lock): which span the product
        // undoes is not defined here.
        if (since <= grace + EDGE_MS) this.blurWatching();
        return;
      }
      // The product times the 2 minutes on the wall clock: a small jump since moves their end.
      if (since > grace + EDGE_MS + this.idleSkewMs) return;
      // Seen within 2 minutes of the idle change: counted as if never idle.
      this.hi += since;
      this.cumHi += since;
      // Right at the edge of the 2 minutes, or when the away span itself is uncertain, either way.
      if (since >= grace - EDGE_MS - this.idleSkewMs || this.awayUncertain) this.watchUnsure = true;
      else {
        this.lo += since;
        this.cumLo += since;
      }
      this.awaySince = null;
      this.hiCountsAway = false;
      this.watching = true;
      this.watchSince = this.idleAt;
      this.lastSeenWatching = now;
      this.idleAt = null;
      this.newSpan();
      return;
    }
    const began = this.watchSince ?? now;
    const cap = WATCH_CAP_MIN * MINUTE;
    if (now - began >= cap - EDGE_MS) {
      if (now - began < cap + EDGE_MS) this.watchUnsure = true;
      this.endWatchingAt(began + cap);
      return;
    }
    if (seen) {
      this.lastSeenWatching = now;
      return;
    }
    const last = this.lastSeenWatching ?? began;
    if (now - last >= grace - EDGE_MS) {
      if (now - last < grace + EDGE_MS) this.watchUnsure = true;
      this.endWatchingAt(last);
    }
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

  /**
   * Where a sleep began, on the wall clock, if time was being counted then. The product's last proof
   * of life is its last event and its first proof of sleep the missed tick's due time, a tick period
   * later at most: when in between the lid closed it cannot know, so it may count up to that much of
   * a short sleep (never a long one: the silence ends the session at the last event).
   */
  private sleptCountingAt: number | null = null;

  sleep(): void {
    this.sleptCountingAt = this.counting ? this.wall : null;
    if (this.callSince !== null) this.callDisrupted = true;
    if (this.watching) this.watchedBeforeClose = true;
    if (this.watching) this.stopWatching();
    this.idleAt = null;
    this.machine = 'asleep';
    this.goAway();
    this.newSpan();
  }

  wake(): void {
    this.machine = 'awake';
    if (this.clockSetBack && this.awaySince !== null && this.activity === 'active') {
      // After the clock was set back, Firefox's alarm (armed for a delay) fires on time on waking
      // from a short sleep, at a wall time the product has not seen yet: nothing shows it slept, so
      // it may count the sleep (F7, found when the generator grew watching and call events).
      this.hi += this.real - this.awaySince;
      this.cumHi += this.real - this.awaySince;
      this.awayUncertain = true;
    } else if (this.sleptCountingAt !== null && this.mayCountOn() && this.awayDecision() !== 'yes') {
      const from = Math.max(this.sleptCountingAt, this.highWaterHi);
      const unknown = Math.max(0, Math.min(this.sleptCountingAt + MINUTE, this.wall) - from);
      this.hi += unknown;
      this.cumHi += unknown;
      this.shortSleepMs = Math.max(0, this.wall - Math.max(this.sleptCountingAt + MINUTE, from));
    }
    this.sleptCountingAt = null;
    if (this.counting) this.comeBack();
    this.newSpan();
  }

  /** Whether the product may go on counting after a short sleep: active, or a film that may still play. */
  private mayCountOn(): boolean {
    return this.activity === 'active' || (this.activity === 'idle' && this.watchedBeforeClose);
  }

  /** The rest of a short sleep just woken from, which only the late tick on waking shows the product. */
  private shortSleepMs = 0;

  /**
   * The late tick on waking was handled (`survived`) or died with its worker: then nothing else shows
   * the product the short sleep (a silence under the break and a tick is ordinary time to it), so it
   * may count it (seed 20261132, firefox).
   */
  lateTickDelivered(survived: boolean): void {
    if (!survived && this.shortSleepMs > 0) {
      this.hi += this.shortSleepMs;
      this.cumHi += this.shortSleepMs;
      this.notePeak();
    }
    this.shortSleepMs = 0;
  }

  /** The clock was set back since the last definite break: a short sleep may go unnoticed. */
  clockSetBack = false;

  closeBrowser(): void {
    if (this.callSince !== null) this.callDisrupted = true;
    if (this.watching) this.watchedBeforeClose = true;
    if (this.watching) this.stopWatching();
    this.idleAt = null;
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
    // The minutes since the last snapshot may be gone from the history, and the peak with them.
    this.ledger.lostRestart(localDayKey(this.wall));
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
    // Watching and calls are timed on the wall clock by the product: a jump blurs them.
    if (this.watching || this.idleAt !== null) this.watchUnsure = true;
    if (this.idleAt !== null) this.idleSkewMs += size;
    if (this.voiceFirst !== null) this.callUnknown = true;
    this.wall += ms;
    if (ms < 0) this.clockSetBack = true;
    if (size > brk + MINUTE && ms < 0) {
      // A break by definition, but the product can only tell if it hears an event while the clock is
      // still behind (Chromium's alarms wait for the wall clock): until then, either way.
      this.applyBreak('maybe');
      this.loFrozen = true;
      this.pendingBackJump = Math.max(this.pendingBackJump ?? 0, this.highWater);
      this.highWaterHi = this.wall;
      // Unless it hears an event while the clock is that far behind, the product measures the away
      // span in progress on the wall clock: the set-back hides that much of it (seed 20261131).
      if (this.awaySince !== null) this.awaySkewMs += size;
    } else if (size > brk + MINUTE) {
      // A definite break (the next event sees the silence); the product notices at its next event.
      this.applyBreak('yes');
      this.loFrozen = true;
      // No sighting after a break undoes the idle span before it (seed 778, firefox).
      this.idleAt = null;
      if (this.awaySince !== null) this.awaySince = this.real;
      this.awaySkewMs = 0;
      // The product has not seen the new clock yet (that is `sawWall`'s job): if the clock is set
      // back a little before it does, the time it then counts is above anything it saw (F10).
    } else {
      if (size >= brk - MINUTE) {
        this.applyBreak('maybe');
        this.loFrozen = true;
        this.highWaterHi = Math.min(this.highWaterHi, this.wall);
      }
      // The product measures spans across the jump on the wall clock.
      if (this.awaySince !== null) this.awaySkewMs += size;
      // A small forward jump while active looks like time passing: the product may count it, in
      // the session and in the history alike (seed 777: the late tick that showed it was lost).
      if (ms > 0 && this.counting) {
        this.hi += ms;
        this.cumHi += ms;
        this.notePeak();
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

  /** Call bookkeeping: when sound was last heard (real), the counted totals then, a first hearing. */
  callKind: 'meeting' | 'voice' | null = null;
  callLastHeard: number | null = null;
  private callCumAtHeard = { lo: 0, hi: 0 };
  voiceFirst: number | null = null;
  private lastHeardAny: number | null = null;

  private callsHeardRecently(): boolean {
    return this.lastHeardAny !== null && this.real - this.lastHeardAny < (CALL_SILENCE_MIN + 1) * MINUTE;
  }

  private lookCalls(sample: CallSample): void {
    const now = this.real;
    const heard = sample.meetingHeard || sample.voiceHeard;
    if (heard) this.lastHeardAny = now;
    if (this.callSince !== null) {
      if (this.callKind === 'meeting' && !sample.meetingOpen && !sample.voiceHeard) {
        this.endCall(now, { lo: this.cumLo, hi: this.cumHi });
      } else if (heard) {
        // A call is on while any granted service's call is: the meeting tab gone, a service without
        // meeting addresses that is heard carries the call on, which then ends as such a call does.
        if (this.callKind === 'meeting' && !sample.meetingOpen) this.callKind = 'voice';
        this.callLastHeard = now;
        this.callCumAtHeard = { lo: this.cumLo, hi: this.cumHi };
      } else {
        const last = this.callLastHeard ?? this.callSince;
        const silence = now - last;
        if (silence >= CALL_SILENCE_MIN * MINUTE - EDGE_MS) {
          if (silence < CALL_SILENCE_MIN * MINUTE + EDGE_MS) this.callUnknown = true;
          this.endCall(last, this.callCumAtHeard);
        }
      }
    }
    if (this.callSince === null) {
      if (sample.meetingHeard) this.startCall(now, 'meeting');
      else if (sample.voiceHeard) {
        if (this.voiceFirst === null) this.voiceFirst = now;
        else if (now - this.voiceFirst >= SUSTAINED_MIN * MINUTE - EDGE_MS) {
          if (now - this.voiceFirst < SUSTAINED_MIN * MINUTE + EDGE_MS) this.callUnknown = true;
          this.startCall(this.voiceFirst, 'voice');
        }
      }
    }
    if (!sample.voiceHeard) this.voiceFirst = null;
    if (!this.callSince && !this.voiceFirst && !this.callsHeardRecently()) this.callUnknown = false;
  }

  private startCall(at: number, kind: 'meeting' | 'voice'): void {
    this.callSince = at;
    this.callKind = kind;
    this.callLastHeard = this.real;
    this.callCumAtHeard = { lo: this.cumLo, hi: this.cumHi };
    this.callDisrupted = false;
    this.voiceFirst = null;
  }

  /** The call ends at `at` (real); the counted totals at that moment. */
  private endCall(at: number, cumAt: { lo: number; hi: number }): void {
    if (this.callSince === null) return;
    const length = at - this.callSince;
    const long = CALL_CONNECTION_MIN * MINUTE;
    // A call of 2 minutes or more is a connection moment, even if the person only listened:
    // solitary time restarts from its end.
    const day = localDayKey(this.wall);
    this.notePeak();
    if (this.callDisrupted || this.callUnknown) {
      if (length >= long - MINUTE) {
        this.ledger.add(day, 'connections', true);
        this.applyConnectionMaybe();
      }
    } else if (length >= long + MINUTE) {
      const lo = Math.max(0, Math.min(this.lo, this.cumLo - cumAt.lo));
      const hi = Math.max(0, Math.min(this.hi, this.cumHi - cumAt.hi));
      this.ledger.add(day, 'connections', false);
      this.connected();
      this.lo = lo;
      this.hi = hi;
    } else if (length >= long - MINUTE) {
      this.ledger.add(day, 'connections', true);
      this.applyConnectionMaybe();
    }
    this.callUnknown = this.callDisrupted || this.callUnknown;
    this.callSince = null;
    this.callKind = null;
    this.callLastHeard = null;
    this.callDisrupted = false;
  }

  private applyConnectionMaybe(): void {
    this.lo = 0;
    this.loFrozen = false;
    this.lastNudgeUncertain = this.lastNudgeUncertain || this.lastNudgeWall !== null;
    // A connection also answers the nudges before it: the backoff may have started over.
    this.unansweredMaybe += this.unanswered;
    this.unanswered = 0;
  }

  /** The break length changed: a span in progress may be judged either way. */
  settingsChanged(next: ModelSettings): void {
    if (next.breakMin !== this.settings.breakMin && this.awaySince !== null) this.awayUncertain = true;
    // A clock still behind the latest time seen by more than a shorter break: the product, judging it
    // with the break now in force, may take it for a set-back clock and start afresh (seed 42).
    if (next.breakMin < this.settings.breakMin && this.highWater - this.wall > (next.breakMin - 1) * MINUTE) {
      this.applyBreak('maybe');
      this.highWaterHi = Math.min(this.highWaterHi, this.wall);
    }
    this.settings = next;
    // The span in progress may be judged with the new length at once (seed 778).
    this.judgeAway();
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

  /** A snooze asked for now (applied once the product heard it, like `pause`). */
  snooze(minutes: number): void {
    this.snoozedUntil = this.effectiveWall() + minutes * MINUTE;
    this.timersAfterUnsureJump();
  }

  /**
   * A pause asked for now. The product reads the clock (`Date.now()`) and keeps the pause's length
   * from the latest time it has seen: after a clock set back by more than the break, that is the new
   * clock itself (it starts afresh there), so this is applied once the product has heard the request
   * (`productHeard`), never timed from the pre-jump clock. "Today" ends at the clock's midnight.
   */
  pause(span: 'hour' | 'today'): void {
    const now = this.effectiveWall();
    const midnight = new Date(this.wall);
    midnight.setHours(24, 0, 0, 0);
    const asked = span === 'hour' ? this.wall + 60 * MINUTE : midnight.getTime();
    const until = asked + (now - this.wall);
    this.pausedUntil = until > now ? until : null;
    this.timersAfterUnsureJump();
  }

  /** Whether the product re-anchored on a set-back clock is open: timers set now may end either way. */
  private timersAfterUnsureJump(): void {
    if (this.highWater !== this.highWaterHi || this.pendingBackJump !== null)
      this.clockMovedUnderTimers = true;
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
    this.countNudge(uncertain);
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

  /**
   * The history the product should show (issue 21), as intervals: per local day, nudges shown,
   * connections and nudges acted on; the longest stretch per day; and the solitary minutes since
   * the history was last cleared or imported, in total (the product places a span between two
   * snapshots on the days approximately, so only the total is exact).
   */
  ledger = new Ledger();

  /** Records the nudge counted at this moment in the history (sure, or maybe recorded). */
  private countNudge(uncertain: boolean): void {
    this.ledger.add(localDayKey(this.wall), 'nudges', uncertain);
  }

  /**
   * "I reached out" reached the product (`sure`), or may have in attempts whose worker died
   * (`maybe` of them): a connection moment, and a nudge acted on when one was pending.
   */
  reachedOut(sure: boolean, maybe: number): void {
    const day = localDayKey(this.wall);
    const pending = this.lastNudgeWall !== null;
    for (let i = 0; i < maybe; i++) {
      this.ledger.add(day, 'connections', true);
      if (pending) this.ledger.add(day, 'actedOn', true);
    }
    if (!sure) return;
    this.ledger.add(day, 'connections', false);
    if (pending) this.ledger.add(day, 'actedOn', this.lastNudgeUncertain);
  }

  /**
   * The longest stretch so far today, as far as the model can tell (after time passed or a reset).
   * The product records it at the events it handles, and ticks come only while time is counted:
   * only then is the running stretch sure to be on record.
   */
  private notePeak(): void {
    this.ledger.peak(localDayKey(this.wall), this.counting ? this.lo : 0, this.hi);
  }

  /**
   * The history was cleared (or replaced by an import's, holding `importedMin` solitary minutes).
   * The stretch running then goes on, and its whole length may be recorded at the next event.
   */
  historyReplaced(importedMin = 0): void {
    this.ledger = new Ledger(importedMin, this.cumLo, this.cumHi, this.lo);
    this.ledger.peak(localDayKey(this.wall), 0, this.hi);
  }

  /** Whether a nudge is due right now: yes, no or maybe (the model cannot tell). */
  nudgeDue(toleranceMs = 0): Tri {
    const thr = this.settings.thresholdMin * MINUTE;
    const results: Tri[] = [];
    // There is something to nudge about, the person is here.
    results.push(this.lo >= thr ? 'yes' : this.hi + toleranceMs < thr ? 'no' : 'maybe');
    const unsure = this.activityUnknown || (this.activity === 'idle' && this.watchUnsure);
    results.push(this.counting ? (unsure ? 'maybe' : 'yes') : unsure ? 'maybe' : 'no');
    // Never over fullscreen video with sound (the world says what the product would read).
    if (this.fullscreenSound === 'yes') results.push('no');
    else if (this.fullscreenSound === 'maybe') results.push('maybe');
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
    else if (this.callUnknown || this.voiceFirst !== null) results.push('maybe');
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

/** What a day of history counts one at a time. */
export type LedgerCount = 'nudges' | 'connections' | 'actedOn';

/** An interval of what the product's history may say. */
export interface Range {
  lo: number;
  hi: number;
}

/**
 * The history the product should show since it was last cleared or imported (see
 * `ReferenceModel.ledger`). Counts are [sure, sure + maybe]; the longest stretch per day is the
 * highest solitary time seen that day ([lo, hi], less what a restart may have cost); the solitary
 * minutes are the counted time since the history was replaced, plus what an import brought.
 */
export class Ledger {
  days = new Map<string, Record<LedgerCount, Range> & { longest: Range }>();
  /** How many restarts happened (each may lose the minutes since the last snapshot). */
  restarts = 0;

  constructor(
    readonly importedMin = 0,
    readonly cumLoAt = 0,
    readonly cumHiAt = 0,
    /**
     * The stretch running when the history was replaced: the write replaced the snapshot that held
     * it, so until the next heartbeat the product may have none of it on record for the day.
     */
    readonly heldLo = 0,
  ) {}

  private day(key: string) {
    let day = this.days.get(key);
    if (!day) {
      const zero = () => ({ lo: 0, hi: 0 });
      day = { nudges: zero(), connections: zero(), actedOn: zero(), longest: zero() };
      this.days.set(key, day);
    }
    return day;
  }

  add(key: string, what: LedgerCount, maybe: boolean): void {
    const range = this.day(key)[what];
    range.hi += 1;
    if (!maybe) range.lo += 1;
  }

  peak(key: string, lo: number, hi: number): void {
    const longest = this.day(key).longest;
    longest.lo = Math.max(longest.lo, lo - this.heldLo);
    longest.hi = Math.max(longest.hi, hi);
  }

  lostRestart(key: string): void {
    this.restarts += 1;
    // The stretch before the quit may be recorded only up to its last snapshot.
    const longest = this.day(key).longest;
    longest.lo = Math.max(0, longest.lo - (RESTART_LOSS_MIN + 1) * MINUTE);
  }

  /** The solitary minutes in the history now, given the counted totals now. */
  solitary(cumLo: number, cumHi: number): Range {
    const loss = this.restarts * (RESTART_LOSS_MIN + 1) * MINUTE;
    return {
      lo: this.importedMin + Math.max(0, cumLo - this.cumLoAt - loss) / MINUTE,
      hi: this.importedMin + Math.max(0, cumHi - this.cumHiAt) / MINUTE,
    };
  }
}
