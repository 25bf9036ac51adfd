import { expect, fill, getByLabel, test, texts, wakeBackground } from './fixtures';

const THRESHOLD = 'Nudge after (minutes alone at the screen)';

// Reloading a page while one of its storage reads is still on its way (the woken background's own
// writes make the open page read again) makes Firefox log this about the page being left, not about
// anything the extension does wrong; the read is repeated by the reloaded page.
test.use({ allowedExtensionErrors: [/^error: Promise resolved while context is inactive/] });

test('a setting saved in options is stored and survives reloading and the background unloading', async ({
  openPage,
  reloadPage,
  evalInExtension,
  terminateBackground,
}) => {
  const options = await openPage('options.html');
  const field = await getByLabel(options, THRESHOLD);
  await expect.poll(() => field.evaluate((el) => el.value)).toBe('90');

  await fill(field, '45');
  await expect.poll(async () => (await texts(options, '[role="status"]'))[0]).toBe('Saved.');
  await terminateBackground();
  await wakeBackground(options);

  const stored = await evalInExtension(options, (api) => api.storage.sync.get('settings'));
  expect(stored.settings).toMatchObject({ thresholdMin: 45 });
  await reloadPage(options);
  const reloaded = await getByLabel(options, THRESHOLD);
  await expect.poll(() => reloaded.evaluate((el) => el.value)).toBe('45');
});

test('an out-of-range value shows why and is never saved', async ({ openPage, evalInExtension }) => {
  const options = await openPage('options.html');
  const field = await getByLabel(options, THRESHOLD);
  await expect.poll(() => field.evaluate((el) => el.value)).toBe('90');

  await fill(field, '0');

  await expect
    .poll(() => texts(options, '[role="alert"]'))
    .toEqual(['Nudge after must be between 15 and 480 minutes.']);
  expect(await field.evaluate((el) => el.getAttribute('aria-invalid'))).toBe('true');
  await new Promise((resolve) => setTimeout(resolve, 600)); // longer than the save debounce
  const stored = await evalInExtension(options, (api) => api.storage.sync.get('settings'));
  expect(stored.settings).toBeUndefined();
});
