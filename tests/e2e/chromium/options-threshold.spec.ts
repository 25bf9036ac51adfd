import { expect, test } from './fixtures';
import { nudgesShown, seedSettings } from './helpers';

// Accelerated build: a configured minute lasts a second.

test('a threshold changed in options is used by the running background: the nudge comes at the new time', async ({
  serviceWorker,
  openPage,
  workInFront,
}) => {
  await seedSettings(serviceWorker, { thresholdMin: 90, nudgeStyle: 'badge' });
  const options = await openPage('options.html');
  const field = options.getByLabel('Nudge after (minutes alone at the screen)');
  await expect(field).toHaveValue('90');

  await field.fill('20');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  const savedAt = Date.now();
  await workInFront(); // no nudge while the options page is in front

  await expect.poll(() => nudgesShown(serviceWorker), { timeout: 40_000, intervals: [250] }).toBe(1);
  // The session began before the change, so the nudge comes within the new 20 "minutes" of it.
  expect(Date.now() - savedAt).toBeLessThan(20_000);
});
