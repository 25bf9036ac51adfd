/**
 * Labelled days: a scripted timeline of what one person did, with the truth written by hand from the
 * product's definition of solitary time (product.md, issue 12) — never computed by a model or by the
 * product. `runDay` lives the day through the REAL background (the oracle's `World`), and reads what
 * the product believes at each checkpoint the way its badge and popup do (the live state, viewed at
 * that moment), without touching it: a popup request would itself count a due nudge as seen.
 *
 * Times are local clock times ("14:00", "16:00:30"): each step happens at the first moment from now
 * on that the clock, in the time zone of that moment, shows that time. A repeated hour (a daylight
 * saving day) is therefore reached twice by naming it twice.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairSettings, type Settings } from '../../../lib/settings/settings';
import type { TrackerState } from '../../../lib/tracker/tracker';
import { viewAt } from '../../../platform/worker/engine';
import { MINUTE } from '../../harness/fake-clock';
import type { ModelSettings } from '../../harness/model';
import { type Ev, World, type WorldOptions } from '../../harness/world';

/** One step of a day: something happens, or what should be true at that moment. */
export type Step =
  | { at: string; do: Ev[] }
  /** Solitary minutes at this moment (written by hand). */
  | { at: string; truth: number; why?: string }
  /** A nudge opens at this moment (within a minute). */
  | { at: string; nudge: true; why?: string };

export interface LabelledDay {
  name: string;
  /** What the person did, in one line. */
  story: string;
  /** IANA time zone at the start (process.env.TZ); a `tz` event may change it. */
  tz: string;
  /** Local start [year, month 1–12, day, hour, minute]: the person sits down and the extension is installed. */
  start: [number, number, number, number, number];
  browser?: 'chrome' | 'firefox';
  settings?: Partial<ModelSettings>;
  services?: string[];
  customSites?: string[];
  countWatching?: boolean;
  steps: Step[];
}

/** The person's settings on every labelled day: the product's defaults. */
export const REAL_SETTINGS: ModelSettings = {
  thresholdMin: 90,
  breakMin: 5,
  repeatMin: 30,
  dailyCap: 6,
  quietHours: { enabled: true, start: '22:00', end: '07:00' },
};

export const at = (time: string, ...events: Ev[]): Step => ({ at: time, do: events });
export const truth = (time: string, minutes: number, why?: string): Step => ({
  at: time,
  truth: minutes,
  ...(why && { why }),
});
export const nudge = (time: string, why?: string): Step => ({ at: time, nudge: true, ...(why && { why }) });

/** The idle change arrives (a minute after the last input), the person comes back, the screen locks. */
export const idle: Ev = { k: 'activity', state: 'idle' };
export const active: Ev = { k: 'activity', state: 'active' };
export const locked: Ev = { k: 'activity', state: 'locked' };

export interface Checkpoint {
  /** Local clock time as written in the day. */
  at: string;
  /** Wall time (ms). */
  wall: number;
  truth: number;
  measured: number;
  ok: boolean;
}

export interface DayResult {
  name: string;
  checkpoints: Checkpoint[];
  /** Nudges expected and opened (local clock times). */
  expected: string[];
  opened: string[];
  /** Expected nudges with no opening within a minute. */
  missed: string[];
  /** Openings that match no expected nudge. */
  extra: string[];
  pass: boolean;
  /** The event log, for a failure's report. */
  log: string[];
}

/** The checkpoint budget: the product within one minute of the truth. */
export const BUDGET_MIN = 1;
/** An expected nudge counts as opened when it opens within this of its time. */
export const NUDGE_TOLERANCE_MS = MINUTE;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local "HH:MM:SS" of a wall time in the present time zone. */
export function clockOf(wall: number): string {
  const d = new Date(wall);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The first wall time ≥ `now` at which the local clock shows `time` ("HH:MM" or "HH:MM:SS"). */
export function nextWallAt(now: number, time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  const base = Math.floor(now / MINUTE) * MINUTE;
  for (let k = 0; k <= 2 * 1440; k++) {
    const t = base + k * MINUTE + s * 1000;
    if (t < now) continue;
    const d = new Date(t);
    if (d.getHours() === h && d.getMinutes() === m) return t;
  }
  throw new Error(`no ${time} within two days of ${new Date(now).toISOString()}`);
}

/** A stored object as the fake browser holds it, read past the worker's wrappers (no worker needed). */
async function rawGet(area: 'local' | 'sync' | 'session', key: string): Promise<unknown> {
  const storage = fakeBrowser.storage[area] as unknown as {
    get: ((k: string) => Promise<Record<string, unknown>>) & {
      original?: (k: string) => Promise<Record<string, unknown>>;
    };
  };
  const get = storage.get.original ?? storage.get;
  return (await get.call(storage, key))[key];
}

/** Solitary minutes the product holds right now: what its badge and popup would show. */
export async function measuredMinutes(now: number): Promise<number> {
  const settings: Settings = repairSettings(await rawGet('sync', 'settings'));
  const state = ((await rawGet('session', 'live')) ?? (await rawGet('local', 'tracker'))) as
    | TrackerState
    | undefined;
  if (!state) return 0;
  return viewAt(state, settings, now).solitaryMs / MINUTE;
}

/** Lives one labelled day through the real background and compares it with its truths. */
export async function runDay(day: LabelledDay, options: Partial<WorldOptions> = {}): Promise<DayResult> {
  const previousTz = process.env.TZ;
  process.env.TZ = day.tz;
  const [y, mo, d, h, mi] = day.start;
  const world = new World({
    browser: day.browser ?? 'chrome',
    start: new Date(y, mo - 1, d, h, mi).getTime(),
    settings: { ...REAL_SETTINGS, ...day.settings },
    services: day.services ?? [],
    customSites: day.customSites ?? [],
    countWatching: day.countWatching ?? true,
    noOracle: true,
    ...options,
  });
  const checkpoints: Checkpoint[] = [];
  const expectedWalls: { label: string; wall: number }[] = [];
  try {
    await world.install();
    for (const step of day.steps) {
      const target = nextWallAt(world.clock.wall, step.at);
      if (target > world.clock.wall) {
        world.log.push(`${clockOf(world.clock.wall)} … until ${step.at}`);
        await world.run({ k: 'secs', s: (target - world.clock.wall) / 1000 });
      }
      if ('do' in step) {
        for (const ev of step.do) await world.run(ev);
      } else if ('truth' in step) {
        const measured = await measuredMinutes(world.clock.wall);
        const ok = Math.abs(measured - step.truth) <= BUDGET_MIN + 1e-9;
        world.log.push(
          `${clockOf(world.clock.wall)} CHECK truth ${step.truth} measured ${measured.toFixed(1)}${ok ? '' : '  <-- off'}`,
        );
        checkpoints.push({ at: step.at, wall: world.clock.wall, truth: step.truth, measured, ok });
      } else {
        expectedWalls.push({ label: step.at, wall: world.clock.wall });
      }
    }
    const opened = world.opened.map((o) => o.wall);
    const used = new Set<number>();
    const missed: string[] = [];
    for (const e of expectedWalls) {
      const i = opened.findIndex((w, j) => !used.has(j) && Math.abs(w - e.wall) <= NUDGE_TOLERANCE_MS);
      if (i < 0) missed.push(e.label);
      else used.add(i);
    }
    const openedLabels = world.opened.map((o) => o.local);
    const extra = openedLabels.filter((_, j) => !used.has(j));
    return {
      name: day.name,
      checkpoints,
      expected: expectedWalls.map((e) => e.label),
      opened: openedLabels,
      missed,
      extra,
      pass: checkpoints.every((c) => c.ok) && missed.length === 0 && extra.length === 0,
      log: world.log,
    };
  } finally {
    await world.dispose();
    if (previousTz === undefined) delete process.env.TZ;
    else process.env.TZ = previousTz;
  }
}

/** A failure's report: what went wrong, then the event log. */
export function explain(result: DayResult): string {
  const off = result.checkpoints
    .filter((c) => !c.ok)
    .map((c) => `${c.at}: truth ${c.truth}, measured ${c.measured.toFixed(1)}`);
  return [
    `${result.name}:`,
    ...off.map((o) => `  solitary off at ${o}`),
    ...(result.missed.length ? [`  expected nudges that did not open: ${result.missed.join(', ')}`] : []),
    ...(result.extra.length ? [`  nudges nobody expected: ${result.extra.join(', ')}`] : []),
    `  nudges expected ${result.expected.join(', ') || 'none'}; opened ${result.opened.join(', ') || 'none'}`,
    '  events:',
    ...compactLog(result.log).map((l) => `    ${l}`),
  ].join('\n');
}

/** The log with each run of plain tick lines folded into one. */
export function compactLog(log: string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0] as string);
    else if (run.length > 1) {
      const time = (l: string) => /\+(\S+)/.exec(l)?.[1] ?? '?';
      out.push(`    ${run.length} ticks ${time(run[0] as string)} … ${time(run[run.length - 1] as string)}`);
    }
    run = [];
  };
  for (const line of log) {
    if (/^ {4}alarm attune-tick at \+\S+$/.test(line)) run.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}
