import type { Page, Worker } from '@playwright/test';
import { expect, RELEASE_BUILD, test } from './fixtures';

// Real minutes: the tracker writes nothing while these tests run, so any storage change is the page's.
test.use({ extensionDir: RELEASE_BUILD });

/** Everything stored, local and synced, as one string. */
function snapshot(sw: Worker): Promise<string> {
  return sw.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]),
  );
}

async function names(sw: Worker): Promise<string[]> {
  const { contacts } = await sw.evaluate(() => chrome.storage.local.get('contacts'));
  return ((contacts ?? []) as { name: string }[]).map((c) => c.name);
}

function people(page: Page) {
  return page.getByRole('region', { name: 'People' });
}

test('adds, edits, reorders and removes a person', async ({ openPage, serviceWorker }) => {
  const page = await openPage('options.html');
  const section = people(page);

  for (const [name, phone] of [
    ['Ana', '+1 415 555 2671'],
    ['Ben', ''],
  ]) {
    await section.getByRole('button', { name: 'Add a person' }).click();
    await section.getByLabel('Name', { exact: true }).fill(name as string);
    if (phone) await section.getByLabel('Phone', { exact: true }).fill(phone);
    await section.getByRole('button', { name: 'Save person' }).click();
    await expect(section.getByRole('status')).toHaveText('Saved.');
  }
  await expect.poll(() => names(serviceWorker)).toEqual(['Ana', 'Ben']);
  await expect(section.getByText('Not reached yet')).toHaveCount(2);

  await section.getByRole('button', { name: 'Edit Ana' }).click();
  await section
    .getByRole('group', { name: 'How do you usually message Ana?' })
    .getByLabel('WhatsApp')
    .check();
  await section.getByLabel('Name', { exact: true }).fill('Ana María');
  await section.getByRole('button', { name: 'Save person' }).click();
  await expect.poll(() => names(serviceWorker)).toEqual(['Ana María', 'Ben']);

  await section.getByRole('button', { name: 'Move down Ana María' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => names(serviceWorker)).toEqual(['Ben', 'Ana María']);
  await expect(section.getByRole('button', { name: 'Move up Ana María' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => names(serviceWorker)).toEqual(['Ana María', 'Ben']);

  await section.getByRole('button', { name: 'Remove Ben' }).click();
  await section
    .getByRole('group', { name: 'Remove Ben from your people?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await expect.poll(() => names(serviceWorker)).toEqual(['Ana María']);
  const stored = await serviceWorker.evaluate(
    async () => (await chrome.storage.local.get('contacts')).contacts,
  );
  expect((stored as unknown[])[0]).toMatchObject({ phone: '+14155552671', preferred: 'whatsapp' });
});

for (const [label, value, message] of [
  ['Name', 'a'.repeat(61), 'Names can be at most 60 characters.'],
  [
    'Phone',
    'not a phone',
    'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
  ],
  ['Email address', 'sam@@example', "That doesn't look like an email address."],
] as const) {
  test(`an invalid ${label.toLowerCase()} shows why and stores nothing`, async ({
    openPage,
    serviceWorker,
  }) => {
    const page = await openPage('options.html');
    const section = people(page);
    await section.getByRole('button', { name: 'Add a person' }).click();
    const before = await snapshot(serviceWorker);

    if (label !== 'Name') await section.getByLabel('Name', { exact: true }).fill('Sam');
    await section.getByLabel(label, { exact: true }).fill(value);
    await section.getByRole('button', { name: 'Save person' }).click();

    await expect(section.getByRole('alert')).toHaveText(message);
    await expect(section.getByLabel(label, { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.waitForTimeout(300);
    expect(await snapshot(serviceWorker)).toBe(before);
  });
}

test('a 51st person is refused and nothing is stored', async ({ context, serviceWorker, extensionId }) => {
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({
      contacts: Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, name: `Person ${i}`, createdAt: 1 })),
    }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const before = await snapshot(serviceWorker);

  await people(page).getByRole('button', { name: 'Add a person' }).click();

  await expect(people(page).getByRole('alert')).toHaveText('You can keep up to 50 people.');
  await page.waitForTimeout(300);
  expect(await snapshot(serviceWorker)).toBe(before);
});
