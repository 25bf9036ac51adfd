import { CONTENTINFO, expect, test, texts, wakeBackground } from './fixtures';

test.describe('extension pages', () => {
  for (const [file, title] of [
    ['popup.html', 'Attune'],
    ['options.html', 'Attune settings'],
    ['welcome.html', 'Welcome to Attune'],
  ] as const) {
    test(`${file} renders its skeleton and crisis footer with no errors`, async ({
      openPage,
      extensionErrors,
    }) => {
      const page = await openPage(file);

      expect(await texts(page, 'h1')).toEqual([title]);
      const footers = await texts(page, CONTENTINFO);
      expect(footers).toHaveLength(1);
      expect(footers[0]).toMatch(/not a crisis service/i);
      // Which national line shows depends on the machine's time zone (tests/unit/lib/crisis-lines
      // holds the table); findahelpline.com is on every page wherever it is.
      expect(await texts(page, `${CONTENTINFO} a[href="https://findahelpline.com"]`)).toEqual([
        'findahelpline.com',
      ]);
      expect(await extensionErrors()).toEqual([]);
    });
  }

  test('the welcome page opens by itself once, on install', async ({ extensionTabs, extensionUrl }) => {
    const welcome = extensionUrl('welcome.html');
    await expect.poll(async () => (await extensionTabs()).filter((url) => url === welcome).length).toBe(1);
    // Once: nothing opens a second one a moment later.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await extensionTabs()).toEqual([welcome]);
  });

  test('makes no network request of its own while its pages are open', async ({
    openPage,
    outsideRequests,
  }) => {
    for (const file of ['popup.html', 'options.html', 'welcome.html']) {
      const page = await openPage(file);
      await wakeBackground(page); // in case it was unloaded
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // idle network, as `networkidle` would wait

    expect(await outsideRequests()).toEqual([]);
  });
});
