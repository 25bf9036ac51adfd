import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MAYA, seedContacts, storedSettings } from './helpers';

/**
 * Every control a person could operate on the page, by a stable description. A radio group is one
 * Tab stop (its checked radio); the arrow keys move within it.
 */
async function controls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, summary, [tabindex="0"]',
      ),
    ]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0)
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Tabs through the whole page once; returns what got focus, and whether its focus was visible. */
async function tabThrough(page: Page, max = 200): Promise<{ reached: string[]; invisible: string[] }> {
  const reached: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
      return { html: el.outerHTML.slice(0, 120), visible: ring || style.boxShadow !== 'none' };
    });
    if (!focus) continue;
    if (reached.length > 1 && focus.html === reached[0]) break; // wrapped around
    if (reached.includes(focus.html)) continue; // e.g. the hour and minute parts of a time input
    reached.push(focus.html);
    if (!focus.visible) invisible.push(focus.html);
  }
  return { reached, invisible };
}

test('the popup: every control is reached by Tab, with visible focus, and works from the keyboard', async ({
  serviceWorker,
  openPopupCold,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  const popup = await openPopupCold();
  await expect(popup.getByRole('heading', { name: 'Reach out to Maya' })).toBeVisible();
  // The person opened it: focus starts on the one filled button.
  await expect(popup.getByRole('link', { name: 'Message Maya via WhatsApp' })).toBeFocused();
  // Every control, the ones one step away included (one disclosure opens at a time).
  await popup.getByRole('button', { name: 'More about this reflection' }).click();
  for (const disclosure of [/^Other ways/, /^Not now [▾▴]/]) {
    const toggle = popup.getByRole('button', { name: disclosure });
    await toggle.click();
    // The choices behind "Not now" load on that click: list the controls once they are there.
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    if (String(disclosure).includes('Not now')) {
      await expect(popup.getByRole('button', { name: '15 min' })).toBeVisible();
    }

    const all = await controls(popup);
    const { reached, invisible } = await tabThrough(popup);

    expect(all.filter((c) => !reached.includes(c))).toEqual([]);
    expect(invisible).toEqual([]);
  }
  await popup.getByRole('button', { name: '15 min' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator('.status')).toContainText('snoozed until');
  await popup.getByRole('button', { name: 'Another', exact: true }).focus();
  const before = await popup.locator('.reflection-text').textContent();
  await popup.keyboard.press('Space');
  await expect(popup.locator('.reflection-text')).not.toHaveText(before ?? '');
});

test('the options page: every control is reached by Tab, with visible focus, and saves from the keyboard', async ({
  serviceWorker,
  openPage,
}) => {
  await seedContacts(serviceWorker, [MAYA]);
  const options = await openPage('options.html');
  await expect(options.getByLabel('Nudge after (minutes alone at the screen)')).toHaveValue('90');

  const all = await controls(options);
  const { reached, invisible } = await tabThrough(options, 400);

  expect(all.filter((c) => !reached.includes(c))).toEqual([]);
  expect(invisible).toEqual([]);
  await options.getByLabel('Nudge after (minutes alone at the screen)').focus();
  await options.keyboard.press('ControlOrMeta+A');
  await options.keyboard.type('60');
  await expect(options.getByRole('status').first()).toHaveText('Saved.');
  expect((await storedSettings(serviceWorker))?.thresholdMin).toBe(60);
  await options.getByLabel('Open the Attune card').focus();
  await options.keyboard.press('ArrowDown');
  await expect(options.getByLabel('Show a notification')).toBeChecked();
  await expect.poll(async () => (await storedSettings(serviceWorker))?.nudgeStyle).toBe('notification');
});
