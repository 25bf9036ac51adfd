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
import { CALL_SERVICES } from '../../lib/calls/call-services';
import { type Decision, newerLog } from '../../lib/tracker/decision-log';
import { type AlarmClock, armTimers, fireOverdue, passAwake, rawAlarms } from './fake-alarms';
import { MINUTE, VirtualClock } from './fake-clock';
import { type Activity, defineEvent, FakeIdle } from './fake-idle';
import {
  type CallSample,
  type Look,
  localDayKey,
  type ModelSettings,
  type Range,
  RESTART_LOSS_MIN,
  ReferenceModel,
} from './model';

/** The solitary minutes an imported backup brings (on a day long before the worlds start). */
const IMPORTED_MIN = 30;

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
  /** The person clears the history (Insights or options: a message the background applies). */
  | { k: 'clear' }
  /** The person imports a backup: a day of history, two log lines, and a nudge threshold of `thresholdMin`. */
  | { k: 'import'; thresholdMin: number }
  | { k: 'update' }
  /** The person joins (a Meet room plays sound) or leaves a call (the room's tab closes). */
  | { k: 'call'; on: boolean }
  /**
   * The front tab of the browser window (and that window's fullscreen state) changes: a video starts
   * or stops playing sound, is muted. No browser event reaches the background: it only sees this at
   * its next look (a tick, an idle change).
   */
  | { k: 'front'; audible?: boolean; muted?: boolean; fullscreen?: boolean; url?: string }
  /**
   * A background tab on some site opens, navigates (`url`), plays sound or goes quiet (`audible`), or
   * closes (`url: null`). Like `front`, nothing is delivered: the background sees it when it looks.
   */
  | { k: 'tab'; id: number; url?: string | null; audible?: boolean; muted?: boolean }
  /** The operating system's time zone changes (a laptop landing after a flight). Nothing is delivered. */
  | { k: 'tz'; tz: string };

export interface WorldOptions {
  browser?: 'chrome' | 'firefox';
  start?: number;
  settings?: Partial<ModelSettings>;
  /** Google Meet is turned on and granted, so a Meet room playing sound is a call. */
  calls?: boolean;
  /** Checks to leave out while a known finding is being fixed (names in `Failure.check`). */
  skip?: string[];
  /**
   * Catalogued call services turned on (ids of `lib/calls/call-services.ts`), every origin of each granted.
   * Custom sites (`customSites`) are listed and granted the same way.
   */
  services?: string[];
  customSites?: string[];
  /** "Count watching videos as screen time" (on by default). */
  countWatching?: boolean;
  /**
   * The history check compares each day's longest stretch and nudges acted on too (on by default).
   * The random oracle leaves them out with ORACLE_HISTORY=partial.
   */
  partialHistory?: boolean;
  /** No reference model checks at all (labelled days compare with truths written by hand). */
  noOracle?: boolean;
}

/** Every check the world makes against the model (`noOracle` skips them all). */
const ALL_CHECKS = [
  'nudge-twice',
  'nudge-not-due',
  'nudge-missed',
  'status',
  'steals-focus',
  'history',
  'log',
];

/** A tab as the browser model keeps it (the fields the background may read). */
export interface SimTab {
  id: number;
  windowId: number;
  active: boolean;
  url: string;
  audible: boolean;
  muted: boolean;
}

/** The id of the front tab, the active tab of the one normal window (id 1). */
export const FRONT_TAB = 1;

/**
 * Whether `url` falls under a host match pattern of the kinds Attune asks for (`https://host/*`,
 * `https://*.host/*`) or `<all_urls>`. Written here from the match-pattern rules, not taken from
 * the product.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|wss?|ftp|file):/.test(url);
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!m) return false;
  const [, scheme, host = '', path = '/*'] = m;
  const protocol = parsed.protocol.replace(':', '');
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  const pathRe = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathRe.test(parsed.pathname + parsed.search);
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

/** The origins of the catalogued call services a world can turn on (from the catalogue's own list). */
const SERVICE_ORIGINS: Record<string, readonly string[]> = Object.fromEntries(
  CALL_SERVICES.map((service) => [service.id, service.origins]),
);

/**
 * Meeting addresses of the catalogued services the worlds use, from the services' own URL formats
 * (a Meet room code `abc-defg-hij`, Zoom's web client `/wc/…` and join links `/j/…`, `/s/…`).
 * Services not listed here have no meeting address: sustained sound anywhere on them is a call.
 */
const MEETING_ADDRESS: Record<string, (url: URL) => boolean> = {
  meet: (url) => /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}\/?$/i.test(url.pathname),
  zoom: (url) => /^\/(wc|j|s)\/\w/.test(url.pathname),
};

interface TabQuery {
  active?: boolean;
  windowId?: number;
  lastFocusedWindow?: boolean;
  currentWindow?: boolean;
  audible?: boolean;
  muted?: boolean;
  url?: string | string[];
}

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
  /** The browser window is fullscreen. */
  fullscreen = false;
  /** Every tab: the front tab (id 1, a quiet page at first) and background tabs. */
  tabs = new Map<number, SimTab>([
    [
      FRONT_TAB,
      {
        id: FRONT_TAB,
        windowId: 1,
        active: true,
        url: 'https://example.org/article',
        audible: false,
        muted: false,
      },
    ],
  ]);
  /** Host permissions the person granted (optional origins). */
  granted = new Set<string>();
  /** Nudges seen opening: toolbar popups and card windows. */
  opened: { wall: number; how: 'popup' | 'window'; local: string }[] = [];
  log: string[] = [];
  /**
   * The decision log's person-action kinds the product should show, oldest first (a projection of the
   * log: `connected`, `snooze`, `pause`, `resume`, each written by its own request only). `maybe`:
   * the request's worker died, or a browser quit may have lost it with the unsaved live log.
   */
  expectedLog: { kind: string; maybe: boolean }[] = [];
  /** Log comparisons made (see `checkLog`). */
  logChecks = 0;
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
    this.skip = new Set([...(options.skip ?? []), ...(options.noOracle ? ALL_CHECKS : [])]);
    if (options.calls) this.granted.add(CALL_SITE);
    for (const id of options.services ?? []) for (const o of SERVICE_ORIGINS[id] ?? []) this.granted.add(o);
    for (const o of options.customSites ?? []) this.granted.add(o);
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
      state: this.fullscreen ? 'fullscreen' : 'normal',
      alwaysOnTop: false,
      incognito: false,
    }));
    // Chromium refuses openPopup for a window that is not focused.
    w.stub('action', 'openPopup', async () => {
      if (!this.focused) throw new Error('Could not find an active browser window.');
      this.opened.push({ wall: this.clock.wall, how: 'popup', local: this.minuteLabel() });
    });
    w.stub('windows', 'create', async (data: unknown) => {
      const d = (data ?? {}) as { focused?: boolean; type?: string };
      if (d.type === 'popup') {
        if (d.focused && !this.focused)
          this.fail('steals-focus', 'a card window took focus from another application');
        this.opened.push({ wall: this.clock.wall, how: 'window', local: this.minuteLabel() });
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
      return origins.every((o) => this.granted.has(o));
    });
    w.stub('permissions', 'getAll', async () => ({ origins: [...this.granted], permissions: [] }));
    w.stub('tabs', 'query', async (query: unknown) => this.queryTabs(query as TabQuery));
    w.stub('notifications', 'create', async () => 'n');
    w.stub('notifications', 'clear', async () => true);
  }

  /** All tabs as the browser would list them (the old oracle's call tab while `callOn`). */
  private allTabs(): SimTab[] {
    const tabs = [...this.tabs.values()];
    if (this.callOn)
      tabs.push({
        id: 5,
        windowId: 1,
        active: false,
        url: 'https://meet.google.com/abc-defg-hij',
        audible: true,
        muted: false,
      });
    return tabs;
  }

  /** `tabs.query` as the browsers filter: every given property must match. */
  private queryTabs(q: TabQuery): unknown[] {
    const urls = q.url === undefined ? null : Array.isArray(q.url) ? q.url : [q.url];
    return this.allTabs()
      .filter(
        (t) =>
          (q.active === undefined || t.active === q.active) &&
          (q.windowId === undefined || t.windowId === q.windowId) &&
          (!q.lastFocusedWindow && !q.currentWindow ? true : t.windowId === 1) &&
          (q.audible === undefined || t.audible === q.audible) &&
          (q.muted === undefined || t.muted === q.muted) &&
          (urls === null || urls.some((u) => matchesPattern(u, t.url))),
      )
      .map((t) => ({
        id: t.id,
        windowId: t.windowId,
        active: t.active,
        index: t.id,
        highlighted: t.active,
        pinned: false,
        incognito: false,
        audible: t.audible,
        mutedInfo: { muted: t.muted },
        // A tab's URL is only read by an extension with host permission for it.
        ...([...this.granted].some((o) => matchesPattern(o, t.url)) && { url: t.url }),
      }));
  }

  /** Watching as the product would see it at a look (issue 12's definition of what is seen). */
  seenWatching(): boolean {
    if (this.options.countWatching === false || !this.focused) return false;
    const front = this.tabs.get(FRONT_TAB);
    return this.fullscreen || Boolean(front?.audible && !front.muted);
  }

  /** The origins the person turned on and granted, service by service, then custom sites. */
  private callPlaces(): { kind: 'meeting-service' | 'voice'; origins: readonly string[]; id: string }[] {
    const places: { kind: 'meeting-service' | 'voice'; origins: readonly string[]; id: string }[] = [];
    for (const id of [...(this.options.calls ? ['meet'] : []), ...(this.options.services ?? [])]) {
      const origins = SERVICE_ORIGINS[id] ?? [];
      if (!origins.every((o) => this.granted.has(o))) continue;
      places.push({ kind: MEETING_ADDRESS[id] ? 'meeting-service' : 'voice', origins, id });
    }
    for (const o of this.options.customSites ?? [])
      if (this.granted.has(o)) places.push({ kind: 'voice', origins: [o], id: o });
    return places;
  }

  /** What a look at the granted call tabs finds (written from the definition, not the product's code). */
  callSample(): CallSample {
    const sample: CallSample = { meetingOpen: false, meetingHeard: false, voiceHeard: false };
    const places = this.callPlaces();
    for (const tab of this.allTabs()) {
      const place = places.find((p) => p.origins.some((o) => matchesPattern(o, tab.url)));
      if (!place) continue;
      const heard = tab.audible && !tab.muted;
      if (place.kind === 'voice') sample.voiceHeard ||= heard;
      else if (MEETING_ADDRESS[place.id]?.(new URL(tab.url))) {
        sample.meetingOpen = true;
        sample.meetingHeard ||= heard;
      }
    }
    return sample;
  }

  private lookNow(): Look {
    return { watching: this.seenWatching(), calls: this.callSample() };
  }

  /** Tells the model what a nudge would read of the window (fullscreen with sound). */
  private syncWindow(): void {
    const front = this.tabs.get(FRONT_TAB);
    const anyAudible = this.allTabs().some((t) => t.windowId === 1 && t.audible);
    this.model.fullscreenSound =
      !this.focused || !this.fullscreen
        ? 'no'
        : front?.audible && !front.muted
          ? 'yes'
          : anyAudible
            ? 'maybe'
            : 'no';
  }

  /** The settings as stored, for the model's settings and this world's call services. */
  private settingsValue(s: ModelSettings) {
    return {
      ...s,
      nudgeStyle: 'popup',
      callSites: this.options.customSites ?? [],
      callServices: [...(this.options.calls ? ['meet'] : []), ...(this.options.services ?? [])],
      countWatching: this.options.countWatching ?? true,
    };
  }

  private async writeSettings(s: ModelSettings, notify = true): Promise<void> {
    const value = this.settingsValue(s);
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
    const look = this.lookNow();
    const { survived } = await this.deliver('alarm', () =>
      fakeBrowser.alarms.onAlarm.trigger(alarm as never),
    );
    // Every tick looks at the window and the call tabs.
    if (survived) this.model.look(look);
    else this.model.lostLook();
    this.model.lateTickDelivered(survived);
    this.afterDelivery(before, survived, 'tick');
  };

  private minuteLabel(): string {
    const d = new Date(this.clock.wall);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;
  }

  /**
   * Checks the nudges that opened during a delivery against the model; `dueJustBefore`: one may have
   * been due just before the event (an idle change, the still moment that may open it).
   */
  private afterDelivery(
    openedBefore: number,
    survived: boolean,
    kind: 'tick' | 'other' | 'status',
    dueJustBefore = false,
  ): void {
    this.syncWindow();
    const opened = this.opened.length - openedBefore;
    const dueNow = this.model.nudgeDue(TOLERANCE);
    const due = dueNow === 'no' && dueJustBefore ? 'maybe' : dueNow;
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

  /** How the last message went: whether it got through, and how many attempts died on the way. */
  private delivered = { survived: false, died: 0 };

  private async message(request: object): Promise<unknown> {
    const before = this.opened.length;
    this.delivered = { survived: false, died: 0 };
    for (let attempt = 0; attempt < 3; attempt++) {
      const { survived, value } = await this.deliver(`message ${JSON.stringify(request)}`, () =>
        fakeBrowser.runtime.onMessage.trigger(request, { id: fakeBrowser.runtime.id } as never),
      );
      this.afterDelivery(before, survived, 'other');
      // The page shows an error when the worker died on it; the person tries again.
      if (survived) {
        this.delivered.survived = true;
        return (value as unknown[] | undefined)?.find((x) => x !== undefined);
      }
      this.delivered.died += 1;
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
        // Firefox never reports `locked`: the screen locker takes the window focus, and the browser
        // reports `idle`. The model follows what the browser can know.
        if (ev.state === 'locked' && this.idle.browserName === 'firefox' && this.focused)
          await this.run({ k: 'focus', focused: false });
        const reported = this.idle.set(ev.state);
        const state = this.idle.seen(ev.state);
        if (reported) {
          const before = this.opened.length;
          const armed = this.killArmed;
          const look = this.lookNow();
          // Input coming to rest is a still moment (product.md): a nudge due just before it may open
          // at the idle change itself, though the person no longer counts as here.
          const dueBefore = reported === 'idle' ? m.nudgeDue(TOLERANCE) : 'no';
          m.setActivity(state, look.watching);
          const { survived } = await this.deliver('idle change', () =>
            this.idle.onStateChanged.trigger(reported),
          );
          if (!survived && armed) {
            m.lostActivityEvent(state);
            m.lostLook();
          } else m.look(look);
          this.afterDelivery(before, survived, 'other', dueBefore !== 'no');
        } else if (state !== m.activity) m.setActivity(state);
        break;
      }
      case 'sleep': {
        m.sleep();
        m.advance(ev.min * MINUTE);
        this.clock.advance(ev.min * MINUTE);
        m.wake();
        if (this.seenWatching() && m.watchedBeforeClose) m.blurWatching();
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
        const look = this.lookNow();
        await this.writeSettings(next);
        // A settings change makes the product look again.
        m.look(look);
        this.afterDelivery(before, true, 'other');
        break;
      }
      case 'connected': {
        // What the history counts is read before the moment resets the session's nudge.
        const wasPending = { wall: m.lastNudgeWall, uncertain: m.lastNudgeUncertain };
        m.connected();
        await this.message({ type: 'connected' });
        m.lastNudgeWall = wasPending.wall;
        m.lastNudgeUncertain = wasPending.uncertain;
        m.reachedOut(this.delivered.survived, this.delivered.died);
        m.connected();
        this.expectLog('connected');
        break;
      }
      case 'snooze':
        await this.message({ type: 'snooze', minutes: ev.minutes });
        // Timed as the product times it, once it has heard the request (a set-back clock re-anchors).
        m.snooze(ev.minutes);
        this.expectLog('snooze');
        break;
      case 'pause':
        await this.message({ type: 'pause', span: ev.span });
        m.pause(ev.span);
        this.expectLog('pause');
        break;
      case 'resume':
        m.resume();
        await this.message({ type: 'resume' });
        this.expectLog('resume');
        break;
      case 'restart': {
        this.worker.cancelKill();
        this.killArmed = false;
        await this.worker.restartBrowser(ev.keepAlarms);
        // Lines not yet in the snapshot go with the live log.
        for (const line of this.expectedLog) line.maybe = true;
        m.closeBrowser();
        m.advance(ev.min * MINUTE);
        this.clock.advance(ev.min * MINUTE);
        m.openBrowser();
        const reported = this.idle.restart();
        const before = this.opened.length;
        await this.deliver('startup', () => fakeBrowser.runtime.onStartup.trigger());
        if (reported) {
          const look = this.lookNow();
          // Reported afresh after the start: for the product it is a new idle change.
          if (reported === 'idle') m.setActivity('idle', look.watching);
          else m.blurWatching();
          await this.deliver('idle change', () => this.idle.onStateChanged.trigger(reported));
          m.look(look);
        }
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
      case 'clear': {
        const reply = (await this.message({ type: 'clear-history' })) as { ok?: boolean } | undefined;
        // Cleared once the background answered; a worker that died on it may or may not have.
        if (reply?.ok) m.historyReplaced();
        else this.historyUnknown = true;
        break;
      }
      case 'import': {
        const next: ModelSettings = { ...m.settings, thresholdMin: ev.thresholdMin };
        const data = {
          settings: this.settingsValue(next),
          contacts: [],
          templates: ['Hi {name}'],
          rotation: null,
          stats: { '2026-10-01': { solitaryMin: IMPORTED_MIN, longestMin: 20, nudges: 1, connections: 1 } },
          decisionLog: [
            { at: new Date(2026, 9, 1, 9).getTime(), what: 'nudge', detail: 'popup' },
            { at: new Date(2026, 9, 1, 9, 5).getTime(), what: 'connected' },
          ],
        };
        m.settingsChanged(next);
        const look = this.lookNow();
        // Replaced before the nudge its settings may bring (that comes after the write): a failed
        // import leaves the history unknown anyway.
        m.historyReplaced(IMPORTED_MIN);
        const log = this.expectedLog;
        this.expectedLog = [{ kind: 'connected', maybe: false }];
        const reply = (await this.message({ type: 'import', data })) as { ok?: boolean } | undefined;
        // `message` has already noted what opened while the import was handled (not counted twice).
        const before = this.opened.length;
        if (!reply?.ok) {
          this.historyUnknown = true;
          this.expectedLog = log;
        }
        // The import's settings write makes the product look again.
        m.look(look);
        this.afterDelivery(before, true, 'other');
        break;
      }
      case 'call':
        // The old oracle's call tab (a Meet room on a custom site): the product hears it when it looks.
        this.callOn = ev.on;
        break;
      case 'front': {
        const front = this.tabs.get(FRONT_TAB);
        if (front) {
          if (ev.audible !== undefined) front.audible = ev.audible;
          if (ev.muted !== undefined) front.muted = ev.muted;
          if (ev.url !== undefined) front.url = ev.url;
        }
        if (ev.fullscreen !== undefined) this.fullscreen = ev.fullscreen;
        break;
      }
      case 'tab': {
        if (ev.id === FRONT_TAB) throw new Error('use `front` for the front tab');
        if (ev.url === null) {
          this.tabs.delete(ev.id);
          break;
        }
        const tab = this.tabs.get(ev.id) ?? {
          id: ev.id,
          windowId: 1,
          active: false,
          url: 'about:blank',
          audible: false,
          muted: false,
        };
        if (ev.url !== undefined) tab.url = ev.url;
        if (ev.audible !== undefined) tab.audible = ev.audible;
        if (ev.muted !== undefined) tab.muted = ev.muted;
        this.tabs.set(ev.id, tab);
        break;
      }
      case 'tz':
        process.env.TZ = ev.tz;
        break;
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

  /** A clear or an import whose worker died on it: what the history holds is not known any more. */
  historyUnknown = false;
  /** History checks made (days compared, totals compared), for the oracle's report. */
  historyChecks = 0;

  /**
   * Compares the history the product keeps (`storage.local` stats) with the model's ledger: each
   * day's nudges shown, connections and nudges acted on, each day's longest stretch, and the total
   * solitary minutes (the minutes counted since the last snapshot may not be saved yet).
   */
  async checkHistory(): Promise<void> {
    if (this.historyUnknown || this.skip.has('history')) return;
    const m = this.model;
    // Read as a page would, past the worker's wrapper: a dead worker's own calls never return.
    const local = fakeBrowser.storage.local as unknown as {
      get: { original?: (key: string) => Promise<Record<string, unknown>> };
    };
    const read = local.get.original ?? fakeBrowser.storage.local.get;
    const stored = ((await read.call(fakeBrowser.storage.local, 'stats')).stats ?? {}) as Record<
      string,
      { solitaryMin: number; longestMin: number; nudges: number; connections: number; actedOn?: number }
    >;
    const ledger = m.ledger;
    const problems: string[] = [];
    const within = (what: string, value: number, range: Range, slack = 0) => {
      if (value < range.lo - slack || value > range.hi + slack)
        problems.push(`${what}: the product says ${value}, the model ${range.lo}–${range.hi}`);
    };
    const days = new Set([...ledger.days.keys(), ...Object.keys(stored)]);
    for (const key of days) {
      if (key === '2026-10-01' && ledger.importedMin > 0) continue;
      const day = stored[key];
      const model = ledger.days.get(key);
      const zero = { lo: 0, hi: 0 };
      within(`${key} nudges`, day?.nudges ?? 0, model?.nudges ?? zero);
      within(`${key} connections`, day?.connections ?? 0, model?.connections ?? zero);
      this.historyChecks += 1;
      if (this.options.partialHistory) continue;
      within(`${key} acted on`, day?.actedOn ?? 0, model?.actedOn ?? zero);
      const longest = model?.longest ?? zero;
      // The running stretch may have grown for up to a heartbeat since the last snapshot.
      within(
        `${key} longest stretch (min)`,
        day?.longestMin ?? 0,
        {
          lo: Math.max(0, Math.floor(longest.lo / MINUTE) - RESTART_LOSS_MIN - 1),
          hi: Math.floor(longest.hi / MINUTE),
        },
        1,
      );
    }
    const total = Object.values(stored).reduce((sum, day) => sum + day.solitaryMin, 0);
    const range = ledger.solitary(m.cumLo, m.cumHi);
    // Up to a heartbeat and a tick not saved yet, and a minute either side for where ticks fall.
    within('solitary minutes in all', Math.round(total * 10) / 10, {
      lo: Math.floor(range.lo - RESTART_LOSS_MIN - 2),
      hi: Math.ceil(range.hi + 1),
    });
    this.historyChecks += 1;
    if (problems.length > 0) this.fail('history', problems.join('; '));
  }

  /** Expects the log line of a request just sent (`message`): sure if it got through, maybe per death. */
  private expectLog(kind: string): void {
    for (let i = 0; i < this.delivered.died; i++) this.expectedLog.push({ kind, maybe: true });
    if (this.delivered.survived) this.expectedLog.push({ kind, maybe: false });
  }

  /**
   * Compares the decision log, read as the options page reads it (the newer of the snapshot's and
   * the live copy), projected on the lines person actions write, with `expectedLog` in order.
   * A log at its ring size (200 lines) may have dropped early lines: then only the tail must match.
   */
  async checkLog(): Promise<void> {
    if (this.historyUnknown || this.skip.has('log')) return;
    type Line = { at: number; what: string };
    const read = async (area: 'local' | 'session'): Promise<Line[]> => {
      const store = fakeBrowser.storage[area] as unknown as {
        get: { original?: (key: string) => Promise<Record<string, unknown>> };
      };
      const get = store.get.original ?? fakeBrowser.storage[area].get;
      const raw = (await get.call(fakeBrowser.storage[area], 'decisionLog')).decisionLog;
      return Array.isArray(raw) ? (raw as Line[]) : [];
    };
    const [saved, live] = await Promise.all([read('local'), read('session')]);
    // Which copy the options page shows is the page's own choice (`newerLog`): what it shows is checked.
    const shown = newerLog(saved as Decision[], live as Decision[]);
    const kinds = new Set(['connected', 'snooze', 'pause', 'resume']);
    const got = shown.filter((line) => kinds.has(line.what)).map((line) => line.what);
    const truncated = shown.length >= 200;
    if (!matchesProjection(got, this.expectedLog, truncated))
      this.fail(
        'log',
        `decision log (person actions): the product says [${got.join(', ')}], the model ` +
          `[${this.expectedLog.map((e) => (e.maybe ? `${e.kind}?` : e.kind)).join(', ')}]`,
      );
    this.logChecks += 1;
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

/**
 * Whether `got` is `expected` with some `maybe` lines left out (or, when `suffixOnly`, a tail of it).
 */
export function matchesProjection(
  got: readonly string[],
  expected: readonly { kind: string; maybe: boolean }[],
  suffixOnly: boolean,
): boolean {
  // ok(i, j): got[i..] matches expected[j..], kept in one flat array.
  const width = expected.length + 1;
  const table = new Array<boolean>((got.length + 1) * width).fill(false);
  const ok = (i: number, j: number) => table[i * width + j] === true;
  for (let i = got.length; i >= 0; i--) {
    for (let j = expected.length; j >= 0; j--) {
      const e = expected[j];
      table[i * width + j] =
        e === undefined
          ? i === got.length
          : (e.maybe && ok(i, j + 1)) || (i < got.length && got[i] === e.kind && ok(i + 1, j + 1));
    }
  }
  if (!suffixOnly) return ok(0, 0);
  return expected.some((_, j) => ok(0, j)) || ok(0, expected.length);
}
