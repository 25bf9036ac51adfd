import { expect, test, wakeServiceWorker } from './fixtures';

test('a setting saved in options is stored and survives a service-worker stop', async ({
  openPage,
  serviceWorker,
  stopServiceWorker,
}) => {
  const options = await openPage('options.html');
  const field = options.getByLabel('Nudge after (minutes alone at the screen)');
  await expect(field).toHaveValue('90');

  await field.fill('45');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  await stopServiceWorker();
  await wakeServiceWorker(options);

  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  expect(stored.settings).toMatchObject({ thresholdMin: 45 });
  await options.reload();
  await expect(options.getByLabel('Nudge after (minutes alone at the screen)')).toHaveValue('45');
});

test('an out-of-range value shows why and is never saved', async ({ openPage, serviceWorker }) => {
  const options = await openPage('options.html');
  const field = options.getByLabel('Nudge after (minutes alone at the screen)');

  await field.fill('0');

  await expect(options.getByRole('alert')).toHaveText('Nudge after must be between 15 and 480 minutes.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await options.waitForTimeout(600); // longer than the save debounce
  const stored = await serviceWorker.evaluate(() => chrome.storage.sync.get('settings'));
  expect(stored.settings).toBeUndefined();
});
