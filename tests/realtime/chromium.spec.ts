/**
 * Real minutes in Chromium: the release build, a person at the screen for about three minutes, the
 * service worker asleep between alarms as Chromium keeps it in daily use, and a glance at the
 * popup. Chromium stops an idle worker ~30 s after each event; under Playwright (which attaches to
 * the worker) it never does by itself, so the test stops it over CDP just after an alarm, when it
 * would be asleep anyway (`/work/shared/testing-notes.md`, "Real minutes and the sleeping worker").
 */
import { test as base, expect, minutesInStatus, RELEASE_BUILD } from '../e2e/chromium/fixtures';
import { seedSettings, storedSettings } from '../e2e/chromium/helpers';
import { type Display, startDisplay } from './display';

/** How long the person stays at the screen before opening the popup. */
const ACTIVE_MS = 170_000;
/** Pointer moves well inside the release build's 60 s idle interval. */
const MOVE_EVERY_MS = 10_000;
/** Chromium delivers the alarm and the worker handles it within this after `scheduledTime`. */
const AFTER_ALARM_MS = 2_500;

const test = base.extend<{ _display: Display }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
  _display: async ({}, use) => {
    const display = await startDisplay();
    await use(display);
    await display.close();
  },
  display: async ({ _display }, use) => {
    await use(_display.name);
  },
});

// Idle detection only works headed; the private display makes that headed run invisible to others.
test.use({ extensionDir: RELEASE_BUILD, headless: false });

test('real minutes: a popup opened while the worker sleeps shows the running session', async ({
  _display,
  serviceWorker,
  openPage,
  stopServiceWorker,
  context,
  extensionId,
}) => {
  test.setTimeout(ACTIVE_MS + 150_000);
  const startedAt = Date.now();
  const stopMoving = _display.keepActive(MOVE_EVERY_MS);
  try {
    // The person sets a 1-minute break in options, as they would: type it, move on.
    const options = await openPage('options.html');
    const breakField = options.getByLabel('Break length (minutes away that end a session)');
    await expect(breakField).toHaveValue('5');
    await breakField.fill('1');
    await breakField.press('Tab');
    await expect.poll(async () => (await storedSettings(serviceWorker))?.breakMin).toBe(1);
    await options.close();

    // Active at the screen; the tick alarm runs once a minute.
    await sleep(startedAt + ACTIVE_MS - Date.now());
    const [alarm] = await serviceWorker.evaluate(() => chrome.alarms.getAll());
    expect(alarm?.periodInMinutes, 'the tick alarm runs while the person is active').toBe(1);
    const stopAt = (alarm?.scheduledTime ?? Date.now()) + AFTER_ALARM_MS;
    await sleep(stopAt - Date.now());

    // The worker sleeps, as it would ~30 s after the alarm; then the person opens the popup.
    await stopServiceWorker();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('.status')).toContainText('on your own at the screen');

    const shown = await minutesInStatus(popup);
    const activeMin = Math.floor((Date.now() - startedAt) / 60_000);
    expect(activeMin).toBeGreaterThanOrEqual(3);
    // The running session (one minute of tolerance for the tick not yet counted), not a fresh one.
    expect(shown, `status line: ${await popup.locator('.status').textContent()}`).toBeGreaterThanOrEqual(
      activeMin - 1,
    );
  } finally {
    stopMoving();
  }
});

/** A film stand-in: "Play" starts its soundtrack (a tone), served by the test (no network). */
const FILM_PAGE = `<!doctype html><title>Film</title><button id="play">Play</button><script>
document.getElementById('play').onclick = () => {
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  gain.gain.value = 0.2;
  tone.connect(gain).connect(audio.destination);
  tone.start();
};
</script>`;

/** Idle after the release build's 60 s, then watched past two 1-minute breaks. */
const WATCH_MS = 200_000;

test('real minutes: a film watched without touching anything keeps the session going, the worker asleep', async ({
  serviceWorker,
  stopServiceWorker,
  context,
  extensionId,
}) => {
  test.setTimeout(WATCH_MS + 120_000);
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 1 });
  await context.route('https://films.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: FILM_PAGE }),
  );
  const film = await context.newPage();
  await film.goto('https://films.example/evening');
  // The last input: the person presses Play, then only watches.
  await film.click('#play');
  const startedAt = Date.now();

  // Each time an alarm has been handled, the worker goes to sleep, as Chromium puts it to sleep. (A
  // stopped worker can't be asked, so the next firings follow from the first: one a minute.)
  const [alarm] = await serviceWorker.evaluate(() => chrome.alarms.getAll());
  expect(alarm?.periodInMinutes, 'the tick alarm runs once a minute').toBe(1);
  let stops = 0;
  for (
    let due = alarm?.scheduledTime ?? Date.now();
    due + AFTER_ALARM_MS < startedAt + WATCH_MS;
    due += 60_000
  ) {
    if (due + AFTER_ALARM_MS < Date.now()) continue;
    await sleep(due + AFTER_ALARM_MS - Date.now());
    await stopServiceWorker();
    stops += 1;
  }
  await sleep(startedAt + WATCH_MS - Date.now());
  expect(stops).toBeGreaterThanOrEqual(2);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.status')).toContainText('on your own at the screen');
  const shown = await minutesInStatus(popup);
  // Three whole minutes, two of them without any input (twice the break): the session went on.
  expect(shown, `status line: ${await popup.locator('.status').textContent()}`).toBeGreaterThanOrEqual(3);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
