/**
 * Counterexamples the oracle (oracle.test.ts) found, shrunk and kept as named cases: each runs the
 * same world and model on a fixed sequence. A case fails while its product bug is open.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Ev, World, type WorldOptions } from '../../harness/world';

// The first import of the background compiles it: do that once, outside any test's time.
beforeAll(async () => {
  await import('../../../platform/worker/background');
}, 120_000);

afterEach(() => {
  vi.useRealTimers();
});

async function live(events: Ev[], options: WorldOptions = {}): Promise<World> {
  const world = new World(options);
  try {
    await world.install();
    for (const ev of events) await world.run(ev);
    await world.checkHistory();
    await world.checkLog();
    return world;
  } finally {
    await world.dispose();
  }
}

describe('the harness itself', { timeout: 30_000 }, () => {
  it('sees a nudge open once solitary time passes the threshold', async () => {
    const world = await live([{ k: 'pass', min: 25 }], { settings: { thresholdMin: 20 } });

    expect(world.nudgesSeen).toBe(1);
  });

  it('reads what the popup shows from the status reply', async () => {
    const world = await live([{ k: 'pass', min: 8 }, { k: 'status' }]);

    expect(world.statusChecks).toBe(1);
  });
});

describe('counterexamples found by the oracle', { timeout: 30_000 }, () => {
  // F0 (issue 10), shrunk at 88b7336 (seed 20261130): the popup showed 0 min instead of 6.
  it('issue 10: a cold worker woken by the popup keeps the session', async () => {
    await live([{ k: 'pass', min: 6 }, { k: 'death' }, { k: 'status' }]);
  });

  // F1, shrunk at 33c9982 (seed 20261131, firefox): 0 min instead of 6; in chrome the 08:20 nudge never came.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])('clearing the history keeps the running session (%s)', async (_name, browser) => {
    await live([{ k: 'pass', min: 6 }, { k: 'clear' }, { k: 'status' }], { browser });
  });

  it('clearing the history does not hold back the nudge that is due', async () => {
    await live([{ k: 'pass', min: 6 }, { k: 'clear' }, { k: 'pass', min: 8 }, { k: 'pass', min: 7 }]);
  });

  // F2, shrunk at 88b7336 (seed 20261131, firefox): the nudge opened after 17 active minutes of 20.
  it('a short sleep pauses the session without counting', async () => {
    await live([
      { k: 'pass', min: 1 },
      { k: 'sleep', min: 3 },
      { k: 'pass', min: 2 },
      { k: 'pass', min: 14 },
    ]);
  });

  // F3, shrunk at ef1a438 (seed 20261131): after the clock was set back 7 minutes (more than the break),
  // Chromium's wall-clock alarm stays silent until 08:01, so the next status sees a "silence" and ends
  // the session that had just re-anchored: 0 min instead of 5. Firefox's timer-armed alarm keeps ticking.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a clock set back by more than the break keeps counting the new session (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'jump', min: -7 },
          { k: 'status' },
          { k: 'pass', min: 5 },
          { k: 'secs', s: 1 },
          { k: 'status' },
        ],
        { browser },
      );
    },
  );

  // F4, shrunk at ef1a438 (seed 20261131, firefox): the clock jumps 7 minutes forward (more than the
  // break); the worker dies inside the one late tick that shows it; the next, on-time tick's
  // `scheduledAt` is taken as proof of life, so the jumped minutes count: a nudge after 13 real minutes.
  it('a forward jump counts as a break even when the tick that showed it was lost', async () => {
    await live(
      [
        { k: 'killNext', after: 1 },
        { k: 'jump', min: 7 },
        { k: 'pass', min: 13 },
      ],
      {
        browser: 'firefox',
      },
    );
  });

  // F5, shrunk at caf8508 (seed 4243, firefox): locked for 8 minutes with a 5-minute break (a natural
  // break), then the break length is raised to 10 (synced from another browser, say) before the product
  // has looked: the old span is judged with the new length and the ended session comes back.
  it('a break that already happened stays a break when the break length is raised later', async () => {
    await live([
      { k: 'pass', min: 2 },
      { k: 'activity', state: 'locked' },
      { k: 'pass', min: 8 },
      { k: 'settings', breakMin: 10 },
      { k: 'status' },
    ]);
  });

  // F6, found at c47ba48 (seed 20261131, firefox, a granted call site): the call starts at 08:19:30; the
  // 08:20 tick decides the nudge before it looks for calls, so the nudge opens over the call.
  it('a nudge never opens over a call that has already started', async () => {
    await live(
      [
        { k: 'pass', min: 19 },
        { k: 'secs', s: 30 },
        { k: 'call', on: true },
        { k: 'pass', min: 2 },
      ],
      {
        calls: true,
      },
    );
  });

  // F2b, shrunk on the lead's working tree after c47ba48 (seed 20261131, firefox, a granted call site):
  // the sleep right after install is counted again once calls are looked for on the tick.
  it('a short sleep pauses the session without counting, with a call site granted', async () => {
    await live(
      [
        { k: 'sleep', min: 2 },
        { k: 'pass', min: 18 },
      ],
      { browser: 'firefox', calls: true },
    );
  });

  // Issue 21, the model's own bug: a pause asked just after the clock was set back by more than the
  // break was timed from the pre-jump clock (30 minutes too long here), so the nudge that comes once
  // the product's pause ends raised a false "not due".
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a pause asked just after the clock was set back is timed from the new clock (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'pass', min: 10 },
          { k: 'jump', min: -30 },
          { k: 'pause', span: 'hour' },
          { k: 'pass', min: 70 },
        ],
        { browser },
      );
    },
  );
  // W1, shrunk from seeds 42 (firefox) and 9001 (firefox): with a 1-minute break, watching that a
  // look finds within the 2 minutes after input stopped (a video started right after the last
  // key) came too late: the 1-minute idle span had already ended the session, so the popup showed
  // 0 min. The product's fault: watching is never a break, and the chance to find it is 2 minutes
  // whatever the break length.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'watching found within 2 minutes of the idle change keeps a 1-minute-break session (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'settings', breakMin: 1 },
          { k: 'pass', min: 3 },
          { k: 'activity', state: 'idle' },
          { k: 'front', audible: true },
          { k: 'pass', min: 2 },
          { k: 'status' },
        ],
        { browser },
      );
    },
  );

  // W2, shrunk from seed 42 with imports on (firefox; chrome too): a fullscreen film with sound at
  // minute 20 holds the nudge back; the person opens the popup, whose first request the worker dies
  // on. The fresh worker had not looked at the screen, took the nudge as due and counted the popup
  // as that nudge shown (1 in the history, the model 0; a warm worker counts none). The product's
  // fault: the same moment must count the same whether the worker was warm or cold.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a cold worker asked for the status over a fullscreen film does not count a nudge (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'front', fullscreen: true },
          { k: 'front', audible: true },
          { k: 'pass', min: 20 },
          { k: 'death' },
          { k: 'status' },
        ],
        { browser },
      );
    },
  );

  // C1, shrunk from seeds 1 (firefox) and 2 (chrome) with imports on, Meet and Slack granted: a Meet
  // room and a Slack huddle are both heard, then the Meet tab leaves while Slack still sounds. The
  // product carried the call on Slack's sound but ended it at once at the first quiet look (the
  // import's), as a Meet call ends: a connection at minute 3 and 0 min on the popup. The product's
  // fault: a call carried by a service without meeting addresses goes on while it was heard within
  // the last minutes, and ends at its last sound.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a Meet call carried on by a Slack huddle does not end at the first quiet look (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'activity', state: 'idle' },
          { k: 'tab', id: 4, url: 'https://app.slack.com/client/T1/C1', audible: true },
          { k: 'call', on: true },
          { k: 'activity', state: 'active' },
          { k: 'call', on: false },
          { k: 'pass', min: 3 },
          { k: 'tab', id: 4, url: 'https://app.slack.com/client/T1/C1', audible: false },
          { k: 'import', thresholdMin: 30 },
          { k: 'status' },
        ],
        { browser, calls: true, services: ['slack'] },
      );
    },
  );

  // N1, shrunk from seed 20261132 (firefox, 2000 runs with imports; chrome too): 18 minutes, the clock
  // 2 minutes ahead (the product may count them), then input stops. The idle change is the still
  // moment a nudge due just before it waits for, and the product opens it there; the harness judged
  // it after the change, when the person no longer counts as here ("not due").
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a nudge due just before input comes to rest may open at the idle change (%s)',
    async (_name, browser) => {
      await live(
        [
          { k: 'pass', min: 18 },
          { k: 'jump', min: 2 },
          { k: 'activity', state: 'idle' },
        ],
        { browser },
      );
    },
  );
});

describe('the history, as Insights shows it, against the model', { timeout: 30_000 }, () => {
  it('a clear at minute 15, then 10 more minutes, shows the 10 minutes only', async () => {
    const world = await live([
      { k: 'pass', min: 15 },
      { k: 'clear' },
      { k: 'pass', min: 10 },
      { k: 'activity', state: 'locked' },
    ]);

    expect(world.historyChecks).toBeGreaterThan(0);
  });

  it('an import with other settings keeps its history and log; life goes on after it', async () => {
    await live([
      { k: 'pass', min: 12 },
      { k: 'import', thresholdMin: 15 },
      { k: 'pass', min: 20 },
      { k: 'connected' },
      { k: 'activity', state: 'locked' },
    ]);
  });

  it('a quit at minute 39 for half an hour (a break), then 21 more minutes, loses at most 5 minutes of the day', async () => {
    await live(
      [
        { k: 'pass', min: 39 },
        { k: 'restart', min: 30, keepAlarms: true },
        { k: 'pass', min: 21 },
        { k: 'activity', state: 'locked' },
      ],
      { settings: { thresholdMin: 120 } },
    ); // no nudge, whose own save would hide the loss
  });

  it('a closed lid after 35 minutes keeps the 35-minute stretch', async () => {
    await live(
      [
        { k: 'pass', min: 35 },
        { k: 'secs', s: 20 },
        { k: 'death' },
        { k: 'sleep', min: 60 },
        { k: 'pass', min: 2 },
      ],
      {
        settings: { thresholdMin: 120 },
      },
    );
  });

  // H1, shrunk from seed 20261130 (chrome, ORACLE_HISTORY=all): the nudge at minute 20 is ignored,
  // the screen stays locked for more than the 1-minute break (the session ends), then "I reached
  // out": a connection, but no nudge was pending any more. The product counted it as acted on,
  // judging the nudge from the state before the break was applied.
  it('reaching out after a break ended the session of the nudge is not acting on that nudge', async () => {
    await live([
      { k: 'settings', breakMin: 1 },
      { k: 'pass', min: 20 },
      { k: 'activity', state: 'locked' },
      { k: 'pass', min: 1 },
      { k: 'secs', s: 1 },
      { k: 'pass', min: 1 },
      { k: 'connected' },
    ]);
  });

  // H2, shrunk from seed 777 (firefox, ORACLE_HISTORY=all).
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a short sleep that a late tick reveals is not part of the longest stretch (%s)',
    async (_name, browser) => {
      await live([{ k: 'sleep', min: 6 }], { browser });
    },
  );

  it('the decision log shows what the person did, in order, across a death and a quit', async () => {
    const world = await live([
      { k: 'pass', min: 3 },
      { k: 'snooze', minutes: 15 },
      { k: 'restart', min: 2, keepAlarms: true },
      { k: 'pass', min: 2 },
      { k: 'resume' },
      { k: 'killNext', after: 1 },
      { k: 'pause', span: 'hour' },
      { k: 'pass', min: 2 },
      { k: 'resume' },
      { k: 'pass', min: 6 },
      { k: 'connected' },
      { k: 'pause', span: 'today' },
    ]);

    expect(world.logChecks).toBe(1);
  });

  // I1, shrunk from ORACLE_IMPORT=1 (seed 20261131, firefox; chrome too): at minute 16 an import
  // lowers the threshold to 15 and the nudge opens. The harness counted that one opening twice
  // (once in `message`, once after the import), so it looked like two nudges, the second not due.
  it('an import that makes the nudge due opens it once', async () => {
    await live([
      { k: 'pass', min: 16 },
      { k: 'import', thresholdMin: 15 },
    ]);
  });

  // M1, shrunk from seed 777 (chrome): the clock jumps 2 minutes ahead (less than the break) and the
  // worker dies inside the one late tick that shows it; the next tick is on time, so the product
  // counts the jump as time passing, as the model already allowed for the popup. The model's own
  // gap: it left those minutes out of the history's total (21 minutes, the model 12–20).
  it('a small forward jump the lost tick would have shown may count in the history too', async () => {
    await live([
      { k: 'killNext', after: 1 },
      { k: 'jump', min: 2 },
      { k: 'pass', min: 1 },
      { k: 'activity', state: 'idle' },
    ]);
  });

  // M2, shrunk from seed 42 (chrome, then firefox): two short sleeps right after the last event.
  // Each late tick shows the sleep from its due time; the product's last proof of life is the event
  // before, up to a tick earlier, and when in between the lid closed it cannot know, so it counts
  // that minute. The model's gap: it allowed one such minute in all (the popup's tolerance), not one
  // per sleep (2 min in the popup and the day's longest stretch, the model 0).
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])('each short sleep may count the tick period before it, unknowable (%s)', async (_name, browser) => {
    await live([{ k: 'sleep', min: 2 }, { k: 'sleep', min: 2 }, { k: 'status' }], { browser });
  });

  // M3, shrunk from ORACLE_IMPORT=1 (seed 20261131, firefox; chrome too, without the death): the
  // clock is set back 31 minutes and the lid closes at once for 31 minutes, so the wall clock wakes
  // where the product last saw it: no gap, no late tick, nothing to hear. The model called the sleep
  // a sure break and the nudge at minute 20 (14 + 6) not due; the product cannot tell, so either.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])('a sleep that a clock set back as far hides is a break only maybe (%s)', async (_name, browser) => {
    await live(
      [
        { k: 'pass', min: 14 },
        { k: 'jump', min: -31 },
        { k: 'sleep', min: 31 },
        { k: 'pass', min: 6 },
      ],
      { browser },
    );
  });

  // M4, shrunk from seed 9001 with imports on (firefox; chrome too): the same kind of small forward
  // jump, shown to the product by the idle change that follows it: the 3 jumped minutes may be in
  // the day's longest stretch as well (10 minutes, the model 1–7).
  it("a small forward jump counted in the session may be in the day's longest stretch", async () => {
    await live([
      { k: 'pass', min: 7 },
      { k: 'jump', min: 3 },
      { k: 'activity', state: 'idle' },
    ]);
  });

  // M5, shrunk from seed 20261131 with imports on (chrome): locked at minute 2, the clock set back
  // 31 minutes, 28 minutes later the popup: the wall clock shows the lock 3 minutes old, and no
  // Chromium alarm runs while locked, so the product cannot see the break the model was sure of.
  it('a lock that a clock set back further hides is a break only maybe', async () => {
    await live([
      { k: 'pass', min: 2 },
      { k: 'activity', state: 'locked' },
      { k: 'jump', min: -31 },
      { k: 'pass', min: 28 },
      { k: 'status' },
    ]);
  });

  // H3, shrunk from seeds 1 (firefox) and 2 (chrome), imports off: "I reached out" at a moment that
  // changes nothing else (no solitary time yet). The worker dies right after the save it forces, a
  // snapshot equal to the stored one, before the live copy drops the count: the next worker cannot
  // tell the save happened and counts it again, 3 connections for 2 requests. The product's fault.
  it('a connection saved with an unchanged snapshot is not counted again by the next worker', async () => {
    await live([{ k: 'killNext', after: 6 }, { k: 'connected' }]);
  });

  // M6, shrunk from seed 4 (firefox, imports off): the screen locked (Firefox: idle, and the locker
  // takes the focus), back 2 minutes later to a fullscreen film, but the "active" report dies with
  // its worker; input stops at once. The product never heard the return: the sighting, within 2
  // minutes of the idle change it did hear, undoes that whole span (3 min, the model 1). The model's
  // gap: after an unheard return, watching seen at the next idle change may be read either way.
  it('watching seen after a return the product never heard may undo the idle span before it', async () => {
    await live(
      [
        { k: 'activity', state: 'locked' },
        { k: 'pass', min: 2 },
        { k: 'status' },
        { k: 'front', fullscreen: true },
        { k: 'killNext', after: 1 },
        { k: 'activity', state: 'active' },
        { k: 'activity', state: 'idle' },
        { k: 'pass', min: 1 },
        { k: 'status' },
      ],
      { browser: 'firefox' },
    );
  });

  // M7, shrunk from seed 20261132 (firefox, imports off; chrome too): a sleep of 5 minutes (the break
  // length) whose late tick on waking dies with its worker. The product's rule (tracker.ts) sees a
  // short sleep only through that late tick; a silence under the break and a tick is ordinary time
  // to it, so it counts the sleep (21 min, the model 0–17). Kept as the product's documented limit
  // (its tracker tests hold a silence of the break length as counted time); see oracle.test.ts.
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])('a short sleep whose late tick died with its worker may be counted (%s)', async (_name, browser) => {
    await live(
      [{ k: 'pass', min: 16 }, { k: 'killNext', after: 1 }, { k: 'sleep', min: 5 }, { k: 'status' }],
      { browser },
    );
  });

  // M7b, the same shrunk from seed 20261132 (firefox, imports off) with a film playing: the lid
  // closes while watching, and the late tick on waking dies (2 min, the model 0).
  it('a short sleep while watching whose late tick died with its worker may be counted', async () => {
    await live(
      [
        { k: 'front', audible: true },
        { k: 'activity', state: 'idle' },
        { k: 'killNext', after: 1 },
        { k: 'sleep', min: 2 },
        { k: 'status' },
      ],
      { browser: 'firefox' },
    );
  });

  // M8, shrunk from seed 778 (firefox, 2000 runs with imports): idle with the window unfocused, the
  // clock jumps 10 minutes ahead (a break), then a look sees a fullscreen film 1.5 real minutes after
  // the idle change. The model let the sighting undo the idle span across the break (10 min, the
  // product 0); no sighting after a break undoes the span before it.
  it('watching seen after a forward jump larger than the break does not undo the idle span', async () => {
    await live(
      [
        { k: 'front', fullscreen: true },
        { k: 'focus', focused: false },
        { k: 'activity', state: 'idle' },
        { k: 'status' },
        { k: 'jump', min: 10 },
        { k: 'pass', min: 10 },
      ],
      { browser: 'firefox' },
    );
  });

  // L1, shrunk from seed 4 (firefox, 2000 runs with imports; chrome too): idle, the clock set back a
  // minute, then "Resume". The live log goes on from the saved one, but its new line is timed before
  // the saved one's last: the options page (and a cold worker) took the saved copy as the newer and
  // the resume line was not there. The product's fault (newerLog, lib/tracker/decision-log.ts).
  it.each<[string, WorldOptions['browser']]>([
    ['chrome', 'chrome'],
    ['firefox', 'firefox'],
  ])(
    'a line written after the clock was set back is in the log the page shows (%s)',
    async (_name, browser) => {
      await live([{ k: 'activity', state: 'idle' }, { k: 'jump', min: -1 }, { k: 'resume' }], { browser });
    },
  );

  // H4, shrunk from seed 2 (chrome, 2000 runs with imports): 10 minutes from 23:45, the clock jumps 10
  // minutes ahead past midnight (a break). The late tick at 00:05 read the evening's stretch, as lived
  // until its last sighting, but noted it on the tick's day: the new day's longest stretch said 10
  // minutes, nothing lived on it. The product's fault (platform/worker/engine.ts).
  it("a stretch ended before midnight is not the next day's longest", async () => {
    await live(
      [
        { k: 'pass', min: 10 },
        { k: 'jump', min: 10 },
        { k: 'secs', s: 1 },
      ],
      { start: new Date(2026, 10, 2, 23, 45).getTime() },
    );
  });

  // M9, shrunk from seed 778 (firefox, 2000 runs, imports off): locked for 5 minutes with a 10-minute
  // break, then the break is lowered to 5: the product judges the span with the new length at once
  // (0 min); the model waited for time to pass before judging it again (2 min).
  it('lowering the break length judges the idle span in progress at once', async () => {
    await live(
      [
        { k: 'settings', thresholdMin: 45, breakMin: 10 },
        { k: 'pass', min: 2 },
        { k: 'activity', state: 'locked' },
        { k: 'pass', min: 5 },
        { k: 'settings', thresholdMin: 20, breakMin: 5, quiet: false },
        { k: 'status' },
      ],
      { browser: 'firefox' },
    );
  });

  // M10, shrunk from seed 42 (chrome, 2000 runs, imports off): the clock set back 2 minutes (less than
  // the 5-minute break), then the break lowered to 1 before the clock caught up: judged with the new
  // length, that is a set-back clock, and the product starts afresh there (2 min; the model 0).
  it('lowering the break below a set-back the clock has not caught up with may start afresh', async () => {
    await live([
      { k: 'jump', min: -2 },
      { k: 'settings', thresholdMin: 30, breakMin: 1 },
      { k: 'pass', min: 2 },
      { k: 'status' },
    ]);
  });

  // M11, shrunk from seed 4 (firefox, 2000 runs with imports): idle, a fullscreen film, the clock set
  // back a minute; a look 2.5 real minutes after the idle change sees the film. The product times its
  // 2-minute chance on the wall clock, 1.5 minutes there, and undoes the idle span; the model timed it
  // in real minutes and called it too late.
  it('the chance to find watching is timed on the wall clock, which a small jump moves', async () => {
    await live(
      [
        { k: 'activity', state: 'idle' },
        { k: 'front', fullscreen: true },
        { k: 'jump', min: -1 },
        { k: 'update' },
        { k: 'pass', min: 3 },
      ],
      { browser: 'firefox' },
    );
  });
});
