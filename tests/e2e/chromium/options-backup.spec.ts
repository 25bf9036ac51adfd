import { readFile } from 'node:fs/promises';
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

/** The parts a backup restores (the tracker's running session is not one of them). */
function backedUp(sw: Worker): Promise<Record<string, unknown>> {
  return sw.evaluate(async () => {
    const local = await chrome.storage.local.get(['contacts', 'templates', 'rotation', 'stats']);
    const { settings } = await chrome.storage.sync.get('settings');
    return { settings, ...local };
  });
}

async function seed(sw: Worker) {
  await seedSettings(sw, { thresholdMin: 45, quietHours: { enabled: true, start: '21:00', end: '06:30' } });
  await sw.evaluate(() =>
    chrome.storage.local.set({
      contacts: [
        {
          id: 'a',
          name: 'Ana',
          phone: '+15551234567',
          preferred: 'whatsapp',
          createdAt: 1,
          lastContactedAt: 2,
        },
        { id: 'b', name: 'Ben', email: 'ben@example.org', rhythm: 'month', createdAt: 3 },
      ],
      templates: ['Hi {name}, tea soon?', 'Hello {name}!'],
      rotation: {
        order: ['wired-for-connection', 'not-a-luxury'],
        index: 1,
        favourites: ['not-a-luxury'],
        hidden: [],
      },
      stats: { '2025-05-01': { solitaryMin: 42, longestMin: 30, nudges: 1, connections: 2 } },
    }),
  );
}

const data = (page: Page) => page.getByRole('region', { name: 'Privacy & data' });

const badFiles: [string, string | Buffer, string][] = [
  [
    'larger than 1 MB',
    Buffer.alloc(1024 * 1024 + 10, 0x20),
    'This file is larger than 1 MB, so it can’t be an Attune backup.',
  ],
  ['not JSON', 'definitely not json', 'This file can’t be read: it isn’t a JSON file.'],
  ['from another app', '{"app":"other","version":2}', 'This isn’t an Attune backup.'],
  [
    'from a newer version',
    '{"app":"attune","version":3}',
    'This backup comes from a newer version of Attune. Update Attune, then try again.',
  ],
  [
    'with a __proto__ key',
    '{"app":"attune","version":2,"settings":{"__proto__":{"x":1}}}',
    'This file contains a key that isn’t allowed (“__proto__”).',
  ],
  [
    'with a bad contact',
    JSON.stringify({
      app: 'attune',
      version: 2,
      settings: {
        thresholdMin: 90,
        breakMin: 5,
        repeatMin: 30,
        dailyCap: 6,
        quietHours: { enabled: true, start: '22:00', end: '07:00' },
        nudgeStyle: 'popup',
        callSites: [],
      },
      contacts: [{ id: 'x', name: 'Sam', phone: 'abc', createdAt: 1 }],
      templates: [],
      rotation: { order: [], index: 0, favourites: [], hidden: [] },
      stats: {},
    }),
    'People: person 1 (“Sam”): A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
  ],
];

for (const [what, content, message] of badFiles) {
  test(`importing a file ${what} shows why and changes nothing`, async ({ openPage, serviceWorker }) => {
    await seed(serviceWorker);
    const page = await openPage('options.html');
    const before = await snapshot(serviceWorker);

    await data(page)
      .getByLabel('Import a backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });

    await expect(data(page).getByRole('alert')).toHaveText(message);
    await expect(data(page).getByRole('button', { name: 'Apply' })).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(await snapshot(serviceWorker)).toBe(before);
  });
}

test('export, reset everything, import: the same state comes back', async ({ openPage, serviceWorker }) => {
  await seed(serviceWorker);
  const page = await openPage('options.html');
  const before = await backedUp(serviceWorker);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    data(page).getByRole('button', { name: 'Export everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^attune-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await readFile(await download.path());

  await data(page).getByRole('button', { name: 'Reset everything' }).click();
  await data(page)
    .getByRole('group', { name: /Reset everything\?/ })
    .getByRole('button', { name: 'Reset everything' })
    .click();
  await expect(data(page).getByText('Everything was reset. Attune starts fresh.')).toBeVisible();
  // The background starts tracking afresh at once, so an empty history may already be saved.
  const { stats, ...rest } = await backedUp(serviceWorker);
  expect(rest).toEqual({});
  expect(stats ?? {}).toEqual({});
  await expect(
    page.getByRole('region', { name: 'People' }).getByText('No one yet. Add someone you trust.'),
  ).toBeVisible();

  await data(page)
    .getByLabel('Import a backup file')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  const preview = data(page).getByRole('list', { name: 'This import will change:' });
  await expect(preview.getByText('nudge after 90 → 45 min', { exact: true })).toBeVisible();
  await expect(
    preview.getByText('quiet hours 10:00 PM–7:00 AM → 9:00 PM–6:30 AM', { exact: true }),
  ).toBeVisible();
  await expect(preview.getByText('added: Ana, Ben', { exact: true })).toBeVisible();
  await data(page).getByRole('button', { name: 'Apply' }).click();

  await expect(data(page).getByText('Imported. Your data is restored.')).toBeVisible();
  expect(await backedUp(serviceWorker)).toEqual(before);
  await expect(page.getByLabel('Nudge after (minutes alone at the screen)')).toHaveValue('45');
});
