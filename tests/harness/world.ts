/**
 * A simulated person, machine and browser around the REAL background (`startBackground` on WXT's
 * fake browser). Events are only delivered the way a browser delivers them (alarms, idle changes,
 * messages with the extension's sender id, storage changes, focus changes, startup/install), and
 * what the person would see is read the way the popup reads it (the `status` reply) or noticed on
 * screen (a toolbar popup or a card window opening).
 *
 * After every event the reference model (`model.ts`) is compared with what was seen; the first
 * disagreement is thrown as a readable error with the event log.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type AlarmClock, armTimers, fireOverdue, passAwake, rawAlarms } from './fake-alarms';
import { MINUTE, VirtualClock } from './fake-clock';
import { type Activity, defineEvent, FakeIdle } from './fake-idle';
import { localDayKey, type ModelSettings, ReferenceModel } from './model';
import { WorkerHost } from './worker';

export type Ev =
  /** Awake minutes pass with alarms on time. */
  | { k: 'pass'; min: number }
  /** Seconds pass (so events land between ticks). */
  | { k: 'secs'; s: number }
  | { k: 'activity'; state: Activity }
  /** The machine sleeps (lid closed): nothing runs; an overdue alarm fires once on waking. */
  | { k: 'sleep'; min: number }
  /** The person opens the popup (a status request). */
  | { k: 'status' }
  | { k: 'settings'; thresholdMin?: number; breakMin?: number; quiet?: boolean }
  | { k: 'connected' }
  | { k: 'snooze'; minutes: 15 | 30 | 60 }
  | { k: 'pause'; span: 'hour' | 'today' }
  | { k: 'resume' }
  /** The browser is closed for `min` minutes and started again. */
  | { k: 'restart'; min: number; keepAlarms: boolean }
  /** The worker dies between two events. */
  | { k: 'death' }
  /** The worker dies inside the next event it handles, at its `after`-th await. */
  | { k: 'killNext'; after: number }
  /** The system clock is set by `min` minutes (either way). */
  | { k: 'jump'; min: number }
  | { k: 'focus'; focused: boolean }
  | { k: 'data-replaced' }
  | { k: 'update' }
  /** The person joins (a Meet room plays sound) or leaves a call (the room's tab closes). */
  | { k: 'call'; on: boolean };

export interface WorldOptions {
  browser?: 'chrome' | 'firefox';
  start?: number;
  settings?: Partial<ModelSettings>;
  /** Google Meet is turned on and granted, so a Meet room playing sound is a call. */
  calls?: boolean;
  /** Checks to leave out while a known finding is being fixed (names in `Failure.check`). */
  skip?: string[];
}

export class OracleFailure extends Error {
  constructor(
    readonly check: string,
    message: string,
  ) {
    super(message);
  }
}

const TOLERANCE = MINUTE;

/** The origin of the call service (Google Meet) a world with `calls` turns on and grants. */
export const CALL_SITE = 'https://meet.google.com/*';

export const DEFAULT_MODEL_SETTINGS: ModelSettings = {
  thresholdMin: 20,
  breakMin: 5,
  repeatMin: 10,
  dailyCap: 6,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
};

export class World {
  readonly clock: VirtualClock;
  readonly idle: FakeIdle;
  readonly worker: WorkerHost;
  model!: ReferenceModel;
  focused = true;
  /** A call tab is audible. */
  callOn = false;
  /** Nudges seen opening: toolbar popups and card windows. */
  opened: { wall: number; how: 'popup' | 'window' }[] = [];
  log: string[] = [];
  statusChecks = 0;
  nudgesSeen = 0;
  private killArmed = false;
  private dueAtLastTick: 'yes' | 'no' | 'maybe' = 'no';
  private skip: Set<string>;
  /** Chromium's alarms follow the wall clock, Firefox's are timers armed for a delay. */
  private readonly alarmClock: AlarmClock;
  private readonly startReal: number;

  constructor(readonly options: WorldOptions = {}) {
    const start = options.start ?? new Date(2026, 10, 2, 8, 0, 0).getTime();
    this.clock = new VirtualClock(start);
    this.startReal = start;
    this.idle = new FakeIdle(options.browser ?? 'chrome');
    this.worker = new WorkerHost(this.idle);
    this.skip = new Set(options.skip ?? []);
    this.alarmClock = options.browser === 'firefox' ? 'timer' : 'wall';
  }

  /** Fresh browser, settings stored, the extension installed (the worker starts, onInstalled fires). */
  async install(): Promise<void> {
    fakeBrowser.reset();
    this.idle.install();
    // Events the fake browser leaves unimplemented.
    const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
    permissions.onAdded = defineEvent();
    permissions.onRemoved = defineEvent();
    this.worker.wrapApis();
    this.stubWindows();
    const settings = { ...DEFAULT_MODEL_SETTINGS, ...this.options.settings };
    await this.writeSettings(settings, false);
    this.model = new ReferenceModel(settings, this.clock.real, this.clock.wall);
    await this.worker.start();
    await this.deliver('install', () =>
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never),
    );
  }

  private stubWindows(): void {
    const w = this.worker;
    w.stub('windows', 'getLastFocused', async () => ({
      id: 1,
      focused: this.focused,
      type: 'normal',
      state: 'normal',
      alwaysOnTop: false,
      incognito: false,
    }));
    // Chromium refuses openPopup for a window that is not focused.
    w.stub('action', 'openPopup', async () => {
      if (!this.focused) throw new Error('Could not find an active browser window.');
      this.opened.push({ wall: this.clock.wall, how: 'popup' });
    });
    w.stub('windows', 'create', async (data: unknown) => {
      const d = (data ?? {}) as { focused?: boolean; type?: string };
      if (d.type === 'popup') {
        if (d.focused && !this.focused)
          this.fail('steals-focus', 'a card window took focus from another application');
        this.opened.push({ wall: this.clock.wall, how: 'window' });
      }
      return { id: 2, focused: Boolean(d.focused) };
    });
    // No extension page is open to answer: Chromium rejects.
    w.stub('runtime', 'sendMessage', async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    w.stub('tabs', 'create', async () => ({ id: 9 }));
    w.stub('permissions', 'contains', async (query: unknown) => {
      const origins = (query as { origins?: string[] }).origins ?? [];
      return Boolean(this.options.calls) && origins.every((o) => o === CALL_SITE);
    });
    w.stub('tabs', 'query', async (query: unknown) => {
      const q = query as { active?: boolean; url?: string[] | string };
      const urls = Array.isArray(q.url) ? q.url : q.url ? [q.url] : [];
      // The front tab: a plain page, silent.
      if (q.active) return [{ id: 1, windowId: 1, active: true, audible: false }];
      // In a call, a Meet room plays sound; leaving the call closes it.
      const callTab = { id: 5, windowId: 1, audible: true, url: 'https://meet.google.com/abc-defg-hij' };
      if (this.callOn && urls.includes(CALL_SITE)) return [callTab];
      return [];
    });
    w.stub('notifications', 'create', async () => 'n');
    w.stub('notifications', 'clear', async () => true);
  }

  private async writeSettings(s: ModelSettings, notify = true): Promise<void> {
    const value = {
      ...s,
      nudgeStyle: 'popup',
      callSites: [],
      callServices: this.options.calls ? ['meet'] : [],
    };
    const sync = fakeBrowser.storage.sync as unknown as { set: { original: (x: unknown) => Promise<void> } };
    const set = sync.set.original ?? (fakeBrowser.storage.sync.set as never);
    if (notify) await this.deliver('settings', () => set.call(fakeBrowser.storage.sync, { settings: value }));
    else await set.call(fakeBrowser.storage.sync, { settings: value });
  }

  fail(check: string, message: string): never {
    const m = this.model;
    const detail = [
      `[${check}] ${message}`,
      `model: solitary in [${(m.lo / MINUTE).toFixed(2)}, ${(m.hi / MINUTE).toFixed(2)}] min, activity ${m.activity}, machine ${m.machine}, wall ${new Date(this.clock.wall).toISOString()}, real +${((this.clock.real - (this.options.start ?? new Date(2026, 10, 2, 8).getTime())) / MINUTE).toFixed(2)} min`,
      `settings: ${JSON.stringify(m.settings)}`,
      'events:',
      ...this.log.slice(-40).map((l) => `  ${l}`),
    ].join('\n');
    throw new OracleFailure(check, detail);
  }

  /**
   * Delivers one browser event to the (maybe cold) worker and waits until it has gone quiet.
   * Returns whether the worker survived it.
   */
  private async deliver<T>(
    label: string,
    trigger: () => Promise<T> | T,
  ): Promise<{ survived: boolean; value?: T }> {
    await this.worker.ensure();
    const gen = this.worker.generation;
    let value: T | undefined;
    let done = false;
    const run = Promise.resolve()
      .then(trigger)
      .then((v) => {
        value = v;
        done = true;
      });
    void run.catch(() => undefined);
    await this.worker.settle();
    this.worker.cancelKill();
    this.killArmed = false;
    const survived = this.worker.generation === gen && this.worker.alive;
    if (survived && !done) {
      // The handler is still waiting on something that will settle: give it a moment more.
      await Promise.race([run, this.worker.settle()]);
    }
    if (!survived) this.log.push(`    (worker died inside ${label})`);
    if (survived) this.model.productHeard();
    this.model.sawWall(survived);
    return done ? { survived, value } : { survived };
  }

  private fireAlarm = async (alarm: { name: string; scheduledTime: number }) => {
    const before = this.opened.length;
    const late = this.clock.wall - alarm.scheduledTime;
    this.log.push(
      `    alarm ${alarm.name} at +${this.minuteLabel()}${late > 1000 ? ` (late ${(late / MINUTE).toFixed(1)} min)` : ''}`,
    );
    const { survived } = await this.deliver('alarm', () =>
      fakeBrowser.alarms.onAlarm.trigger(alarm as never),
    );
    this.afterDelivery(before, survived, 'tick');
  };

  private minuteLabel(): string {
    const d = new Date(this.clock.wall);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
  }

  /** Checks the nudges that opened during a delivery against the model. */
  private afterDelivery(openedBefore: number, survived: boolean, kind: 'tick' | 'other' | 'status'): void {
    const opened = this.opened.length - openedBefore;
    const due = this.model.nudgeDue(TOLERANCE);
    if (opened > 1 && !this.skip.has('nudge-twice'))
      this.fail('nudge-twice', `${opened} nudges opened for one event`);
    if (opened > 0) {
      this.nudgesSeen += opened;
      this.log.push(`    NUDGE opened (${this.opened[this.opened.length - 1]?.how})`);
      if (due === 'no' && !this.skip.has('nudge-not-due'))
        this.fail('nudge-not-due', `a nudge opened although none is due (${this.explainNotDue()})`);
      this.model.nudgeShown(false);
      this.dueAtLastTick = 'no';
      return;
    }
    // A worker that died mid-event may have recorded the due nudge (it is recorded before it is shown).
    if (!survived && due !== 'no') this.model.nudgeShown(true);
    if (kind === 'tick') {
      if (survived && due === 'yes' && this.dueAtLastTick === 'yes' && !this.skip.has('nudge-missed'))
        this.fail(
          'nudge-missed',
          `a nudge has been due for more than one tick and none opened (${this.explainNotDue()})`,
        );
      this.dueAtLastTick = survived ? this.model.nudgeDue(0) : 'no';
    }
  }

  private explainNotDue(): string {
    const m = this.model;
    return `solitary [${(m.lo / MINUTE).toFixed(1)}, ${(m.hi / MINUTE).toFixed(1)}] vs threshold ${m.settings.thresholdMin}, counting ${m.counting}, paused ${m.pausedUntil}, snoozed ${m.snoozedUntil}, last nudge ${m.lastNudgeWall && new Date(m.lastNudgeWall).toISOString()}, today ${m.nudgesToday}/${m.settings.dailyCap}, focused ${m.focused}`;
  }

  /** Awake time passes: the model first, in steps between alarm firings. */
  private async passAwake(ms: number): Promise<void> {
    let modelAt = this.clock.wall;
    const sync = () => {
      this.model.advance(this.clock.wall - modelAt);
      modelAt = this.clock.wall;
    };
    await passAwake(
      this.clock,
      ms,
      async (alarm) => {
        sync();
        await this.fireAlarm(alarm);
      },
      this.alarmClock,
    );
    sync();
  }

  private async message(request: object): Promise<unknown> {
    const before = this.opened.length;
    for (let attempt = 0; attempt < 3; attempt++) {
      const { survived, value } = await this.deliver(`message ${JSON.stringify(request)}`, () =>
        fakeBrowser.runtime.onMessage.trigger(request, { id: fakeBrowser.runtime.id } as never),
      );
      this.afterDelivery(before, survived, 'other');
      // The page shows an error when the worker died on it; the person tries again.
      if (survived) return (value as unknown[] | undefined)?.find((x) => x !== undefined);
    }
    return undefined;
  }

  async run(ev: Ev): Promise<void> {
    this.log.push(`${this.minuteLabel()} ${JSON.stringify(ev)}`);
    const m = this.model;
    switch (ev.k) {
      case 'pass':
        await this.passAwake(ev.min * MINUTE);
        break;
      case 'secs':
        await this.passAwake(ev.s * 1000);
        break;
      case 'activity': {
        const reported = this.idle.set(ev.state);
        m.setActivity(ev.state);
        if (reported) {
          const before = this.opened.length;
          const armed = this.killArmed;
          const { survived } = await this.deliver('idle change', () =>
            this.idle.onStateChanged.trigger(reported),
          );
          if (!survived && armed) m.lostActivityEvent(ev.state);
          this.afterDelivery(before, survived, 'other');
        }
        break;
      }
      case 'sleep': {
        m.sleep();
        m.advance(ev.min * MINUTE);
        this.clock.advance(ev.min * MINUTE);
        m.wake();
        await fireOverdue(this.clock, this.fireAlarm, this.alarmClock);
        break;
      }
      case 'status': {
        // Opening the popup means clicking in a browser window: the browser has focus.
        if (!this.focused) await this.run({ k: 'focus', focused: true });
        const before = this.opened.length;
        const due = m.nudgeDue(TOLERANCE);
        const reply = (await this.message({ type: 'status' })) as { solitaryMs: number } | undefined;
        if (reply) {
          this.statusChecks += 1;
          const shown = Math.floor(reply.solitaryMs / MINUTE);
          const lo = Math.floor(m.lo / MINUTE) - 1;
          const hi = Math.floor(m.hi / MINUTE) + 1;
          this.log.push(
            `    status: ${shown} min (model ${(m.lo / MINUTE).toFixed(1)}–${(m.hi / MINUTE).toFixed(1)})`,
          );
          if ((shown < lo || shown > hi) && !this.skip.has('status'))
            this.fail(
              'status',
              `the popup shows ${shown} min on your own; the model says ${lo + 1}–${hi - 1}`,
            );
          // The popup itself shows the card: a due nudge counts as shown, none opens.
          if (this.opened.length === before && due !== 'no') m.nudgeShown(due === 'maybe');
        }
        break;
      }
      case 'settings': {
        const next: ModelSettings = {
          ...m.settings,
          ...(ev.thresholdMin !== undefined && { thresholdMin: ev.thresholdMin }),
          ...(ev.breakMin !== undefined && { breakMin: ev.breakMin }),
          ...(ev.quiet !== undefined && { quietHours: { ...m.settings.quietHours, enabled: ev.quiet } }),
        };
        m.settingsChanged(next);
        const before = this.opened.length;
        await this.writeSettings(next);
        this.afterDelivery(before, true, 'other');
        break;
      }
      case 'connected':
        m.connected();
        await this.message({ type: 'connected' });
        break;
      case 'snooze':
        m.snooze(ev.minutes);
        await this.message({ type: 'snooze', minutes: ev.minutes });
        break;
      case 'pause': {
        const midnight = new Date(m.effectiveWall());
        midnight.setHours(24, 0, 0, 0);
        m.pause(ev.span === 'hour' ? m.effectiveWall() + 60 * MINUTE : midnight.getTime());
        await this.message({ type: 'pause', span: ev.span });
        break;
      }
      case 'resume':
        m.resume();
        await this.message({ type: 'resume' });
        break;
      case 'restart': {
        this.worker.cancelKill();
        this.killArmed = false;
        await this.worker.restartBrowser(ev.keepAlarms);
        m.closeBrowser();
        m.advance(ev.min * MINUTE);
        this.clock.advance(ev.min * MINUTE);
        m.openBrowser();
        const reported = this.idle.restart();
        const before = this.opened.length;
        await this.deliver('startup', () => fakeBrowser.runtime.onStartup.trigger());
        if (reported) await this.deliver('idle change', () => this.idle.onStateChanged.trigger(reported));
        this.afterDelivery(before, true, 'other');
        await fireOverdue(this.clock, this.fireAlarm, this.alarmClock);
        break;
      }
      case 'death':
        this.worker.kill();
        break;
      case 'killNext':
        this.worker.killAfter(ev.after);
        this.killArmed = true;
        break;
      case 'jump':
        await armTimers(this.clock, this.alarmClock);
        m.jump(ev.min * MINUTE);
        this.clock.jump(ev.min * MINUTE);
        break;
      case 'focus': {
        this.focused = ev.focused;
        m.focused = ev.focused;
        const before = this.opened.length;
        const { survived } = await this.deliver('focus', () =>
          fakeBrowser.windows.onFocusChanged.trigger(ev.focused ? 1 : -1),
        );
        this.afterDelivery(before, survived, 'other');
        break;
      }
      case 'data-replaced':
        await this.message({ type: 'data-replaced' });
        break;
      case 'call': {
        if (ev.on === this.callOn) break;
        this.callOn = ev.on;
        const calls = Boolean(this.options.calls);
        if (calls) m.call(ev.on);
        const before = this.opened.length;
        const armed = this.killArmed;
        const { survived } = await this.deliver('tab audible', () =>
          fakeBrowser.tabs.onUpdated.trigger(
            5,
            { audible: ev.on } as never,
            { id: 5, audible: ev.on } as never,
          ),
        );
        if (calls && !survived && armed) m.lostCallEvent();
        this.afterDelivery(before, survived, 'other');
        break;
      }
      case 'update': {
        const before = this.opened.length;
        const { survived } = await this.deliver('update', () =>
          fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never),
        );
        this.afterDelivery(before, survived, 'other');
        break;
      }
    }
  }

  /** Real hours lived in this world so far. */
  realHours(): number {
    return (this.clock.real - this.startReal) / 3_600_000;
  }

  /** Days seen (for the report). */
  day(): string {
    return localDayKey(this.clock.wall);
  }

  /** Stops the worker (end of a run) and restores the alarm fake's list. */
  async dispose(): Promise<void> {
    this.worker.kill();
    await rawAlarms.clearAll();
  }
}
