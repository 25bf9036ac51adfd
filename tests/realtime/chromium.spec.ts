/**
 * Real minutes in Chromium: the release build, a person at the screen for about three minutes, the
 * service worker asleep between alarms as Chromium keeps it in daily use, and a glance at the
 * popup. Chromium stops an idle worker ~30 s after each event; under Playwright (which attaches to
 * the worker) it never does by itself, so the test stops it over CDP just after an alarm, when it
 * would be asleep anyway (`/work/shared/testing-notes.md`, "Real minutes and the sleeping worker").
 */
import { test as base, expect, minutesInStatus, RELEASE_BUILD } from '../e2e/chromium/fixtures';
import { storedSettings } from '../e2e/chromium/helpers';
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

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
