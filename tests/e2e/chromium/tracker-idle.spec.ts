import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { minutesInTitle, seedSettings, toolbar } from './helpers';

// Idle detection only works headed: `npm test` runs Playwright under Xvfb.
test.use({ headless: false });

test('staying idle past the break ends the session; moving the mouse starts a new one', async ({
  serviceWorker,
}) => {
  test.setTimeout(90_000);
  await seedSettings(serviceWorker, { thresholdMin: 200, breakMin: 2 });

  // The detection interval is the browser's 15 s minimum; then the break (2 s) passes.
  await expect
    .poll(async () => (await toolbar(serviceWorker)).title, { timeout: 40_000 })
    .toBe('Attune — on a break');
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // longer than the 2 s break
  // Nothing wakes the worker while the person is away (the one look for a film, 1.5 s after input
  // stopped, has been made by now).
  expect(await serviceWorker.evaluate(() => chrome.alarms.getAll())).toHaveLength(0);
  execFileSync('xdotool', ['mousemove', '--sync', '200', '200']);
  execFileSync('xdotool', ['mousemove', '--sync', '300', '260']);

  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title), { timeout: 15_000 })
    .not.toBeNull();
  expect(minutesInTitle((await toolbar(serviceWorker)).title)).toBeLessThan(5);
});
