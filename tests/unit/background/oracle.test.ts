/**
 * The oracle: random real-life sequences through the REAL background, compared after every event
 * with an independent reference model (tests/harness/model.ts). See issue 10, "Prove it the way it
 * fails in life". A failure prints the seed and the shrunk sequence; copy it into
 * oracle-cases.test.ts as a named table test.
 *
 * ORACLE_RUNS, ORACLE_LEN and ORACLE_SEED override the defaults (e.g. for a long local soak).
 *
 * After every run the history (issue 21) is compared too: each day's nudges shown, connections,
 * nudges acted on and longest stretch, and the solitary minutes in all (ORACLE_HISTORY=partial
 * leaves out the longest stretch and nudges acted on). The two findings that kept those muted are
 * fixed and kept in oracle-cases.test.ts: an acted-on nudge was judged before a break had ended its
 * session (seed 20261130), and a short sleep revealed by a late tick counted in the day's longest
 * stretch (seed 777).
 *
 * The decision log is compared as a projection, not line for line: the lines person actions write
 * (`connected`, `snooze`, `pause`, `resume`), in order, read as the options page reads it. The
 * other kinds (idle, back, watching, break, call, deferred, nudge…) follow from the product's own
 * view of every look and tick, which the model only knows as ranges: predicting them exactly would
 * copy the product. A request whose worker died, and any line before a browser quit (the unsaved
 * live log), may or may not be there; a full ring (200 lines) is compared by its tail.
 *
 * Imports (a backup with its own settings, history and log) are part of the random life since
 * 2026-12-07; ORACLE_IMPORT=0 leaves them out.
 *
 * Closed on 2026-12-07, each kept as a named case in oracle-cases.test.ts (W, C, H, L: the
 * product's fault, fixed; M, N: the model's or the harness's, fixed there):
 * - seed 777, chrome: a forward jump of 2 minutes whose late tick died; the product may count it,
 *   the model allowed that in the session but not in the history's total (M1), nor, as seed 9001
 *   with imports showed, in the day's longest stretch (M4);
 * - seed 42: two short sleeps, each may count the tick period before it, unknowable to the product
 *   (M2); firefox's status finding, and seed 9001's: with a 1-minute break, watching found within the
 *   2-minute chance came after the idle span had already ended the session (W1, lib/tracker);
 * - seed 20261131 with imports: a sleep right after a clock set back as far is invisible to the
 *   product (M3), and so is a lock that a clock set back further hides (M5);
 * - with imports on: a cold worker asked for the status over a fullscreen film counted the popup as
 *   a nudge shown (W2, platform/worker/nudge.ts); a Meet call carried on by a Slack huddle ended at
 *   the first quiet look (C1, lib/tracker);
 * - seeds 1–3: a connection whose save wrote an unchanged snapshot was counted again by the next
 *   worker (H3, platform/worker/engine.ts); a return the product never heard may let watching undo
 *   the idle span before it (M6);
 * - at 2000 runs: the options page dropped log lines written after a clock set back (L1,
 *   lib/tracker/decision-log.ts); a late tick after midnight noted the evening's stretch on the new
 *   day (H4, engine.ts); a nudge due just before input comes to rest may open at the idle change
 *   (N1); a forward jump past the break closes the chance to undo an idle span (M8); a change of
 *   break length is judged at once, and one below a set-back not caught up with may start afresh
 *   (M9, M10); the 2-minute chance to find watching is timed on the wall clock (M11).
 *
 * Open:
 * - M7 (seed 20261132, firefox) is kept as the product's documented limit, not fixed: a short sleep
 *   is seen only through the late tick on waking, and when that tick dies with its worker, the
 *   silence (under the break and a tick) is ordinary time to the product, which counts the sleep;
 *   the model allows it. Pausing such a silence would change the tracker's own rule (its tests hold
 *   a silence of the break length as counted time): a product decision, not taken here.
 * - At ORACLE_RUNS=2000 with ORACLE_IMPORT=0, four findings are shrunk but not judged yet (each
 *   fails as the named sequence below, from a fresh world):
 *   seed 43, firefox: idle, active, sleep 3, status — the popup 3 min, the model 0–1 (the watch-check
 *   alarm left from the idle change fires first on waking; the tick's lateness is not seen);
 *   seed 9002, firefox: front audible, idle, pass 2, jump −2, locked, pass 2, status — 2, the model 0;
 *   seed 2, firefox: pass 2, locked, pass 14, pass 17, jump −61, pass 12, pass 16, status — 2, the
 *   model 0 (a 59-minute lock the set-back clock hides);
 *   seed 2, chrome: front audible, idle, pass 2, front muted, jump 1, pass 5, status — 0, the model
 *   2–8 (watching, muted, a small jump);
 *   and seed 20261132 (firefox, history: a day's longest stretch 0, the model 7–13), not shrunk.
 *
 * Soak, 2026-12-07: seeds 20261130, 777, 42, 9001, 1, 2, 3 and 20261131, both browsers, with and
 * without imports, 500 runs each (250 a browser): 8,000 runs, 89,526 events, 14,274 history and
 * 8,000 log comparisons, clean. At ORACLE_RUNS=2000 with imports: 16,000 runs, 173,328 events,
 * clean. At 2000 without imports: the open findings above.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, it, vi } from 'vitest';
import { DEFAULT_WEIGHTS, eventArb } from '../../harness/events';
import { type Ev, World } from '../../harness/world';

const RUNS = Number(process.env.ORACLE_RUNS ?? 500);
const MAX_LEN = Number(process.env.ORACLE_LEN ?? 300);
const SEED = Number(process.env.ORACLE_SEED ?? 20261130);
/** ORACLE_MUTE=death,sleep leaves those events out (to look past a finding that is being fixed). */
const WEIGHTS = { ...DEFAULT_WEIGHTS };
for (const name of (process.env.ORACLE_MUTE ?? '').split(',').filter(Boolean)) {
  (WEIGHTS as Record<string, number>)[name] = 0;
}

// The first import of the background compiles it: do that once, outside the timed property.
beforeAll(async () => {
  await import('../../../platform/worker/background');
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
});

/** What the runs exercised, printed once per browser so a quiet oracle can't hide a dead harness. */
const zero = () => ({
  runs: 0,
  events: 0,
  longest: 0,
  statusChecks: 0,
  nudges: 0,
  deaths: 0,
  midDeaths: 0,
  hours: 0,
  historyChecks: 0,
  logChecks: 0,
});
const totals = zero();

/** Which call services the person turned on and granted: none, Google Meet, or Meet and Slack. */
type Grants = 'none' | 'meet' | 'meet+slack';

async function live(events: Ev[], browser: 'chrome' | 'firefox', grants: Grants = 'none'): Promise<void> {
  const world = new World({
    browser,
    calls: grants !== 'none',
    services: grants === 'meet+slack' ? ['slack'] : [],
    partialHistory: process.env.ORACLE_HISTORY === 'partial',
  });
  try {
    await world.install();
    for (const ev of events) await world.run(ev);
    // What Insights would show: each day's counts and longest stretch, and the minutes in all.
    await world.checkHistory();
    // What the options page's decision log shows: the person's actions, in order.
    await world.checkLog();
  } finally {
    totals.historyChecks += world.historyChecks;
    totals.logChecks += world.logChecks;
    await world.dispose();
    totals.runs += 1;
    totals.events += events.length;
    totals.longest = Math.max(totals.longest, events.length);
    totals.statusChecks += world.statusChecks;
    totals.nudges += world.nudgesSeen;
    totals.deaths += world.worker.deaths;
    totals.midDeaths += world.worker.midDeaths;
    totals.hours += world.realHours();
  }
}

/**
 * Most sequences are short (an hour or two of life, cheap to shrink); a few are long days of up to
 * MAX_LEN events, where caps, quiet hours and repeated restarts show up. ORACLE_SIZE=max makes every
 * sequence long (for a soak).
 */
const sequences =
  process.env.ORACLE_SIZE === 'max'
    ? fc.array(eventArb(WEIGHTS), { maxLength: MAX_LEN, size: 'max' })
    : fc.oneof(
        { weight: 98, arbitrary: fc.array(eventArb(WEIGHTS), { maxLength: MAX_LEN, size: 'small' }) },
        {
          weight: 3,
          arbitrary: fc.array(eventArb(WEIGHTS), { minLength: Math.min(150, MAX_LEN), maxLength: MAX_LEN }),
        },
      );

describe('the background against the reference model', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`agrees on solitary minutes, nudges and the history in ${browser}`, { timeout: 600_000 }, async () => {
      const started = performance.now();
      Object.assign(totals, zero());
      await fc.assert(
        // Half the people have granted Google Meet (a room playing sound is a call), some Slack too
        // (sustained sound is a call, a chime is not).
        fc.asyncProperty(sequences, fc.constantFrom<Grants>('none', 'meet', 'meet+slack'), (events, grants) =>
          live(events, browser, grants),
        ),
        {
          numRuns: Math.ceil(RUNS / 2),
          seed: browser === 'chrome' ? SEED : SEED + 1,
          endOnFailure: process.env.ORACLE_SHRINK !== '1',
          verbose: 1,
        },
      );
      console.info(
        `oracle ${browser}: ${totals.runs} runs, ${totals.events} events (longest ${totals.longest}), ` +
          `${Math.round(totals.hours)} simulated hours, ${totals.statusChecks} status checks, ${totals.nudges} nudges, ` +
          `${totals.deaths} worker deaths (${totals.midDeaths} mid-handler), ${totals.historyChecks} history comparisons, ${totals.logChecks} log comparisons, ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
  }
});
