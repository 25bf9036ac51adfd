/**
 * Real minutes in Firefox: the release build, a person at the screen for about three minutes, and a
 * glance at the popup. Firefox unloads an idle event page by itself after
 * `extensions.background.idle.timeout` (30 s by default); this profile makes it a few seconds, so
 * the background sleeps between every two alarms, as in daily use, and nothing in the test stops it.
 * While it sleeps the person changes a setting (a cold wake by `storage.onChanged`), then opens
 * the toolbar popup.
 */
import { expect, fill, getByLabel, minutesIn, RELEASE_BUILD, test } from '../e2e/firefox/fixtures';
import { inExtension, sleep } from '../e2e/firefox/helpers';

/** The settings as the options page stored them. */
async function storedSettings(page: Parameters<typeof inExtension>[0]) {
  return inExtension(
    page,
    async (api) =>
      (await api.storage.sync.get('settings')).settings as
        | { breakMin: number; repeatMin: number }
        | undefined,
  );
}

/** How long the person stays at the screen before opening the popup. */
const ACTIVE_MS = 170_000;
/** Firefox unloads the idle background page after this (ms). */
const BACKGROUND_IDLE_MS = 3_000;

test.use({
  extensionDir: RELEASE_BUILD,
  firefoxPrefs: { 'extensions.background.idle.timeout': BACKGROUND_IDLE_MS },
});

test('real minutes: a popup opened while the background sleeps shows the running session', async ({
  openPage,
  backgroundState,
  keepActive: _,
}) => {
  test.setTimeout(ACTIVE_MS + 150_000);
  const startedAt = Date.now();

  // The person sets a 1-minute break in options, as they would: type it, move on.
  const options = await openPage('options.html');
  const breakField = await getByLabel(options, 'Break length (minutes away that end a session)');
  await expect.poll(() => breakField.evaluate((el) => el.value)).toBe('5');
  await fill(breakField, '1');
  await options.keyboard.press('Tab');
  await expect.poll(async () => (await storedSettings(options))?.breakMin).toBe(1);

  // Active at the screen (`keepActive`); the background sleeps between the minute alarms.
  let sawStopped = false;
  while (Date.now() < startedAt + ACTIVE_MS) {
    if ((await backgroundState()) === 'stopped') sawStopped = true;
    await sleep(2_000);
  }
  expect(sawStopped, 'Firefox unloaded the idle background page').toBe(true);
  const [alarm] = await inExtension(options, (api) => api.alarms.getAll());
  expect(alarm?.periodInMinutes, 'the tick alarm runs while the person is active').toBe(1);
  // After the next alarm, once Firefox has unloaded the page again.
  await sleep(Math.max(0, (alarm?.scheduledTime ?? Date.now()) - Date.now()) + 1_000);
  await expect.poll(backgroundState, { timeout: BACKGROUND_IDLE_MS + 10_000 }).toBe('stopped');

  // While it sleeps, the person changes another setting: `storage.onChanged` wakes it, cold.
  const repeatField = await getByLabel(options, 'Repeat an ignored nudge after (minutes)');
  await fill(repeatField, '45');
  await options.keyboard.press('Tab');
  await expect.poll(async () => (await storedSettings(options))?.repeatMin).toBe(45);
  await expect.poll(backgroundState, { intervals: [100], timeout: 5_000 }).toBe('running');
  await expect.poll(backgroundState, { timeout: BACKGROUND_IDLE_MS + 10_000 }).toBe('stopped');

  // Asleep again, and the person clicks the toolbar button. (Firefox reports a focus change as the
  // popup opens, which wakes the background before the popup's own status request.)
  await inExtension(options, (api) => api.browserAction.openPopup());
  const statusLine = () =>
    inExtension(
      options,
      (api) =>
        api.extension.getViews({ type: 'popup' })[0]?.document.querySelector('.status')?.textContent ?? '',
    );
  await expect.poll(statusLine, { timeout: 10_000 }).toContain('on your own at the screen');

  const shown = minutesIn(await statusLine());
  const activeMin = Math.floor((Date.now() - startedAt) / 60_000);
  expect(activeMin).toBeGreaterThanOrEqual(3);
  // The running session (one minute of tolerance for the tick not yet counted), not a fresh one.
  expect(shown, `status line: ${await statusLine()}`).toBeGreaterThanOrEqual(activeMin - 1);
});
