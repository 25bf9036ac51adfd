import { expect, fill, getByLabel, test, texts } from './fixtures';
import { minutesInTitle, seedSettings, toolbar } from './helpers';

// In the e2e build one configured minute lasts one second. `keepActive` stands for someone using
// the browser: headless Firefox would otherwise turn `idle` after 15 s without input.

test('browsing keeps solitary time growing; with "Show minutes on the toolbar button" the badge follows it', async ({
  openPage,
  keepActive: _,
}) => {
  const page = await openPage('options.html');
  await seedSettings(page, { thresholdMin: 20, breakMin: 5, badgeMinutes: true });

  await expect.poll(async () => minutesInTitle((await toolbar(page)).title)).toBeGreaterThanOrEqual(3);
  expect((await toolbar(page)).text).toBe(''); // quiet until half the threshold

  await expect.poll(async () => (await toolbar(page)).text, { timeout: 20_000 }).toMatch(/^1[0-9]m$/);
  const { text, title } = await toolbar(page);
  expect(minutesInTitle(title)).toBe(Number.parseInt(text, 10));
});

test('a threshold saved in options is the one the background uses', async ({ openPage, keepActive: _ }) => {
  const options = await openPage('options.html');
  const field = await getByLabel(options, 'Nudge after (minutes alone at the screen)');
  await expect.poll(() => field.evaluate((el) => el.value)).toBe('90');
  // Minutes on the badge are off by default (a calm toolbar): turned on here to read the threshold.
  await (await getByLabel(options, 'Show minutes on the toolbar button')).click();
  await expect.poll(async () => (await texts(options, '#style-status'))[0]).toBe('Saved.');

  await fill(field, '16');
  await expect.poll(async () => (await texts(options, '[role="status"]'))[0]).toBe('Saved.');

  // With the default 90 the badge would stay blank until 45 min; with 16 it shows from 8.
  await expect.poll(async () => (await toolbar(options)).text, { timeout: 20_000 }).toMatch(/^\d+m$/);
  const { text, title } = await toolbar(options);
  expect(Number.parseInt(text, 10)).toBeGreaterThanOrEqual(8);
  expect(minutesInTitle(title)).toBeLessThan(45);
});

test('only ticks while active: one alarm, period of one configured minute', async ({
  openPage,
  evalInExtension,
}) => {
  const page = await openPage('options.html');

  await expect.poll(() => evalInExtension(page, (api) => api.alarms.getAll())).toHaveLength(1);
  const [alarm] = await evalInExtension(page, (api) => api.alarms.getAll());
  expect(alarm?.periodInMinutes).toBeCloseTo(1 / 60);
});
