import { expect, test } from './fixtures';
import { minutesInTitle, seedSettings, sleep, storedLocal, toolbar } from './helpers';

// Firefox never reports `locked`, and its idle state turns `idle` after the detection interval
// (15 s, the minimum) without input. Accelerated build: a configured minute lasts a second.

// Headless Firefox has no audio output, so no tab ever turns `audible` there; the fullscreen half of
// watching runs the same Firefox code path (windows.getLastFocused without windowTypes, the
// window's state), and the sound half is covered headed in Chromium and in unit tests.
test('watching in Firefox: idle with the window fullscreen keeps the session past the break', async ({
  openPage,
  evalInExtension,
  resetIdle,
}) => {
  test.setTimeout(90_000);
  await resetIdle();
  const options = await openPage('options.html');
  await seedSettings(options, { thresholdMin: 200, breakMin: 2 });
  await evalInExtension(options, async (api) => {
    const win = await api.windows.getLastFocused();
    await api.windows.update(win.id as number, { state: 'fullscreen' });
  });
  await resetIdle();
  await expect
    .poll(() =>
      evalInExtension(options, (api) => api.windows.getLastFocused().then((w) => [w.focused, w.state])),
    )
    .toEqual([true, 'fullscreen']);

  // Idle after 15 s without input; the film goes on.
  await expect
    .poll(() => evalInExtension(options, (api) => api.idle.queryState(15)), { timeout: 40_000 })
    .toBe('idle');
  await expect
    .poll(async () => (await storedLocal<{ activity: string }>(options, 'tracker')).activity)
    .toBe('watching');
  const atIdle = minutesInTitle((await toolbar(options)).title) ?? 0;
  await sleep(5_000); // more than twice the 2-minute break
  const title = (await toolbar(options)).title;
  expect(title).not.toBe('Attune — on a break');
  expect(minutesInTitle(title)).toBeGreaterThanOrEqual(atIdle + 4);

  // Out of fullscreen it is no longer watching: the grace, then the break.
  await evalInExtension(options, async (api) => {
    const win = await api.windows.getLastFocused();
    await api.windows.update(win.id as number, { state: 'normal' });
  });
  await expect
    .poll(async () => (await toolbar(options)).title, { timeout: 15_000 })
    .toBe('Attune — on a break');
});
