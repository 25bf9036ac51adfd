import { execFileSync } from 'node:child_process';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { minutesInTitle, seedSettings, storedLocal, storedSettings, toolbar } from './helpers';

// Headed under Xvfb: a tab is `audible` only with a real audio path, and Chromium shows its real
// permission prompt, which the person answers with the keyboard (focus starts on "Deny"; Tab moves
// to "Allow"). Accelerated build: a configured minute lasts a second.
test.use({ headless: false });

/**
 * A stand-in for a call page, served by the test (no network). "Join" starts a tone; `talk(on)`
 * makes it heard or silent, as voices come and go in a call.
 */
const CALL_PAGE = `<!doctype html><title>Call</title><button id="join">Join</button><script>
let gain;
document.getElementById('join').onclick = () => {
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  gain = audio.createGain();
  gain.gain.value = 0.2;
  tone.connect(gain).connect(audio.destination);
  tone.start();
};
window.talk = (on) => { gain.gain.value = on ? 0.2 : 0; };
</script>`;

type Tracker = { callSince: number | null; activity: string };

async function grantMeetInOptions(openPage: (path: string) => Promise<Page>, sw: Worker): Promise<void> {
  const options = await openPage('options.html');
  await options.getByRole('checkbox', { name: /Google Meet/ }).click();
  await options.waitForTimeout(1_000); // the browser's prompt opens
  execFileSync('xdotool', ['key', 'Tab', 'space']);
  await expect(options.getByRole('checkbox', { name: /Google Meet/ })).toBeChecked();
  await expect.poll(async () => (await storedSettings(sw))?.callServices).toEqual(['meet']);
  await options.close();
}

async function connections(sw: Worker): Promise<number> {
  const stats = await storedLocal<Record<string, { connections: number }>>(sw, 'stats');
  return Object.values(stats ?? {}).reduce((n, day) => n + day.connections, 0);
}

test('Google Meet turned on: a call with silent gaps is one call, and a connection moment', async ({
  openPage,
  serviceWorker,
  context,
}) => {
  test.setTimeout(60_000);
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 30 });
  await grantMeetInOptions(openPage, serviceWorker);
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: CALL_PAGE }),
  );
  const call = await context.newPage();
  await call.goto('https://meet.google.com/abc-defg-hij');
  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title))
    .toBeGreaterThanOrEqual(4);

  await call.click('#join');
  await expect
    .poll(async () => (await storedLocal<Tracker>(serviceWorker, 'tracker')).callSince)
    .not.toBeNull();
  const began = (await storedLocal<Tracker>(serviceWorker, 'tracker')).callSince;
  // Three silent stretches of three configured minutes each: the same call goes on.
  for (let gap = 0; gap < 3; gap++) {
    await call.evaluate(() => (window as unknown as { talk: (on: boolean) => void }).talk(false));
    await call.waitForTimeout(3_000);
    await call.evaluate(() => (window as unknown as { talk: (on: boolean) => void }).talk(true));
    await call.waitForTimeout(1_500);
    expect((await storedLocal<Tracker>(serviceWorker, 'tracker')).callSince).toBe(began);
  }
  expect(await toolbar(serviceWorker)).toMatchObject({ title: expect.stringContaining('in a call') });
  await call.close();

  await expect.poll(async () => minutesInTitle((await toolbar(serviceWorker)).title)).toBeLessThan(2);
  expect(await connections(serviceWorker)).toBe(1);
});

test('without the permission, a call page playing sound is not a call', async ({
  serviceWorker,
  context,
}) => {
  await seedSettings(serviceWorker, { callServices: ['meet'], thresholdMin: 200, breakMin: 30 });
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: CALL_PAGE }),
  );
  const call = await context.newPage();
  await call.goto('https://meet.google.com/abc-defg-hij');

  await call.click('#join');
  await call.waitForTimeout(4_000);

  expect((await storedLocal<Tracker>(serviceWorker, 'tracker')).callSince).toBeNull();
  expect(minutesInTitle((await toolbar(serviceWorker)).title)).toBeGreaterThanOrEqual(4);
});

/** A video page: "Play" starts sound (a tone stands in for the film's soundtrack). */
const VIDEO_PAGE = CALL_PAGE.replace('Join', 'Play').replace('<title>Call', '<title>Film');

async function stayStillUntilIdle(sw: Worker): Promise<void> {
  // The browser's 15 s detection minimum: the person has not touched anything since.
  await expect
    .poll(() => sw.evaluate(() => chrome.idle.queryState(15)), { timeout: 40_000, intervals: [1_000] })
    .toBe('idle');
}

test('watching: sound in the front tab while the mouse stays still keeps the session growing past the break', async ({
  serviceWorker,
  context,
}) => {
  test.setTimeout(90_000);
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 2 });
  await context.route('https://video.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: VIDEO_PAGE }),
  );
  const film = await context.newPage();
  await film.goto('https://video.example/film');
  await film.click('#join');

  await stayStillUntilIdle(serviceWorker);
  await expect
    .poll(async () => (await storedLocal<Tracker>(serviceWorker, 'tracker')).activity)
    .toBe('watching');
  const atIdle = minutesInTitle((await toolbar(serviceWorker)).title) ?? 0;
  await film.waitForTimeout(5_000); // more than twice the 2-minute break

  const title = (await toolbar(serviceWorker)).title;
  expect(title).not.toBe('Attune — on a break');
  expect(minutesInTitle(title)).toBeGreaterThanOrEqual(atIdle + 4);

  // Muted, it is no longer watching: after the 2-minute grace and the 2-minute break, a break.
  const [tab] = await serviceWorker.evaluate(() => chrome.tabs.query({ url: 'https://video.example/*' }));
  await serviceWorker.evaluate((id) => chrome.tabs.update(id, { muted: true }), tab?.id as number);
  await expect
    .poll(async () => (await toolbar(serviceWorker)).title, { timeout: 15_000 })
    .toBe('Attune — on a break');
});

test('music in a background tab while the person is away is not watching', async ({
  serviceWorker,
  context,
}) => {
  test.setTimeout(90_000);
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 2 });
  await context.route('https://music.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: VIDEO_PAGE }),
  );
  const music = await context.newPage();
  await music.goto('https://music.example/radio');
  await music.click('#join');
  const notes = await context.newPage();
  await notes.goto('data:text/html,<title>Notes</title><h1>Notes</h1>');
  await notes.bringToFront();
  expect(
    await serviceWorker.evaluate(() => chrome.tabs.query({ audible: true }).then((tabs) => tabs.length)),
  ).toBe(1);

  await stayStillUntilIdle(serviceWorker);

  await expect
    .poll(async () => (await toolbar(serviceWorker)).title, { timeout: 15_000 })
    .toBe('Attune — on a break');
});
