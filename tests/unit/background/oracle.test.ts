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
 * Still open (2026-12-07, other seeds), not yet shrunk or judged: seed 777 (chrome: a death inside
 * the first event, the clock 2 minutes ahead, 19 minutes: 21 solitary minutes in all, the model
 * 12–20), seed 42 (firefox: the longest stretch and minutes in all after two short sleeps and a
 * death; and a status finding, the popup showing 0 where the model says 13–31) and seed 9001. ORACLE_IMPORT=1 (random imports) stays off by default: the two gaps it showed
 * were the harness's and the model's (a stretch running through an import; a nudge opened by the
 * import's settings counted twice and before the history was replaced), both fixed and kept as
 * cases; with imports on, chrome's 250 runs pass, and firefox's random stream, shifted by the
 * import weight, reaches a non-import finding (a clock set back 31 minutes, a death, then a sleep
 * of 31: a nudge after 6 minutes, seed 20261131) not yet shrunk or judged.
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
