import type { Page, Worker } from '@playwright/test';
import { expect, RELEASE_BUILD, test } from './fixtures';
import { seedSettings } from './helpers';

// Real minutes: the tracker writes nothing while these tests run, so any storage change is the page's.
test.use({ extensionDir: RELEASE_BUILD });

function snapshot(sw: Worker): Promise<string> {
  return sw.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
  );
}

/** Waits past the settings' save debounce, then checks nothing was stored. */
async function expectUnchanged(page: Page, sw: Worker, before: string) {
  await page.waitForTimeout(700);
  expect(await snapshot(sw)).toBe(before);
}

const settingsCases = [
  ['Nudge after (minutes alone at the screen)', '0', 'Nudge after must be between 15 and 480 minutes.'],
  ['Nudge after (minutes alone at the screen)', '10000', 'Nudge after must be between 15 and 480 minutes.'],
  [
    'Break length (minutes away that end a session)',
    '30',
    'The break length must be shorter than “nudge after” (30 minutes).',
  ],
  ['Until', '22:00', 'Quiet hours need different start and end times.'],
] as const;

for (const [label, value, message] of settingsCases) {
  test(`"${label}" = ${value} shows why and stores nothing`, async ({ openPage, serviceWorker }) => {
    await seedSettings(serviceWorker, {
      thresholdMin: 30,
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
    });
    const page = await openPage('options.html');
    const field = page.getByLabel(label, { exact: true });
    await expect(field).toBeVisible();
    const before = await snapshot(serviceWorker);

    await field.fill(value);

    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expectUnchanged(page, serviceWorker, before);
  });
}

test('a message over 500 characters shows why and stores nothing', async ({ openPage, serviceWorker }) => {
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Messages' });
  await section.getByRole('button', { name: 'Add a message' }).click();
  const before = await snapshot(serviceWorker);

  await section.getByLabel('Message', { exact: true }).fill('Hi {name} '.repeat(51));
  await section.getByRole('button', { name: 'Save message' }).click();

  await expect(section.getByRole('alert')).toHaveText(
    'Messages can be at most 500 characters (this one has 509).',
  );
  await expectUnchanged(page, serviceWorker, before);
});

test('a 21st message is refused and nothing is stored', async ({ context, extensionId, serviceWorker }) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ templates: Array.from({ length: 20 }, (_, i) => `Hi {name} ${i}`) }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const section = page.getByRole('region', { name: 'Messages' });
  const before = await snapshot(serviceWorker);

  await section.getByRole('button', { name: 'Add a message' }).click();

  await expect(section.getByRole('alert')).toHaveText('You can keep up to 20 messages.');
  await expectUnchanged(page, serviceWorker, before);
});

test('a valid message saves with its live example', async ({ openPage, serviceWorker }) => {
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Messages' });
  await section.getByRole('button', { name: 'Add a message' }).click();

  await section.getByLabel('Message', { exact: true }).fill('Hey {name}, walk later?');
  await expect(section.getByText('Hey Sam, walk later?')).toBeVisible();
  await section.getByRole('button', { name: 'Save message' }).click();

  await expect(section.getByRole('status')).toHaveText('Saved.');
  const templates = await serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('templates')).templates,
  );
  expect((templates as string[]).at(-1)).toBe('Hey {name}, walk later?');
});

test('an invalid call site shows why and asks for nothing', async ({ openPage, serviceWorker }) => {
  const page = await openPage('options.html');
  const section = page.getByRole('region', { name: 'Calls' });
  const before = await snapshot(serviceWorker);

  await section.getByLabel('Web address of a call or chat site').fill('http://meet.google.com');
  await section.getByRole('button', { name: 'Add site' }).click();

  await expect(section.getByRole('alert')).toHaveText(
    'Attune only watches secure sites (addresses that start with https).',
  );
  await expectUnchanged(page, serviceWorker, before);
});
