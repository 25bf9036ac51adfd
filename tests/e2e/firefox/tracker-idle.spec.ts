import { expect, test } from './fixtures';
import { minutesInTitle, seedSettings, sleep, toolbar } from './helpers';

// Headless Firefox turns `idle` after the detection interval (15 s, the minimum) without input;
// synthetic input doesn't bring it back, the idle service's reset (`resetIdle`) does.

test('staying idle past the break ends the session; activity again starts a new one', async ({
  openPage,
  evalInExtension,
  resetIdle,
}) => {
  test.setTimeout(60_000);
  // Earlier tests may have left the browser without input for longer than the interval, so the
  // install may have found the person idle already: start from someone active.
  await resetIdle();
  const page = await openPage('options.html');
  await seedSettings(page, { thresholdMin: 200, breakMin: 2 });
  await expect.poll(async () => minutesInTitle((await toolbar(page)).title)).not.toBeNull();

  // The detection interval is 15 s; the person is away (and the badge says so) from then on.
  await expect.poll(async () => (await toolbar(page)).title, { timeout: 30_000 }).toBe('Attune — on a break');
  await sleep(3_000); // longer than the 2 s break
  // Nothing wakes the background while the person is away (the one look for a film, 1.5 s after
  // input stopped, has been made by now).
  expect(await evalInExtension(page, (api) => api.alarms.getAll())).toHaveLength(0);
  await resetIdle();

  await expect
    .poll(async () => minutesInTitle((await toolbar(page)).title), { timeout: 15_000 })
    .not.toBeNull();
  // A new session: the ~15 min before the break are not carried over.
  expect(minutesInTitle((await toolbar(page)).title)).toBeLessThan(5);
});
