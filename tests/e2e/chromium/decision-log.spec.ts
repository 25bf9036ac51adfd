import { expect, test } from './fixtures';
import { seedSettings } from './helpers';

// Accelerated build: a configured minute lasts a second, so the 15-minute threshold is 15 s.

test('the options page says a nudge waited for quiet hours, and when they end', async ({
  serviceWorker,
  openPage,
  workInFront,
}) => {
  const hour = await serviceWorker.evaluate(() => new Date().getHours());
  const clock = (h: number) => `${String((h + 24) % 24).padStart(2, '0')}:00`;
  await seedSettings(serviceWorker, {
    thresholdMin: 15,
    nudgeStyle: 'popup',
    quietHours: { enabled: true, start: clock(hour - 1), end: clock(hour + 2) },
  });
  const options = await openPage('options.html');
  await workInFront();

  const log = options.locator('#decisions');
  const end = await options.evaluate(
    (h) =>
      // The locale's own clock, as the page writes it: "9:00 AM" in English (no leading zero).
      new Date(2000, 0, 1, (h + 24) % 24).toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }),
    hour + 2,
  );
  await expect(log.getByRole('listitem').filter({ hasText: 'A nudge waited: quiet hours until' })).toHaveText(
    new RegExp(`^\\d{1,2}:\\d\\d( [AP]M)? — A nudge waited: quiet hours until ${end}\\.$`),
    { timeout: 40_000 },
  );
  // A quiet stretch past the threshold is one line, not one a tick.
  await options.waitForTimeout(5_000);
  await expect(log.getByText(/quiet hours until/)).toHaveCount(1);
  await expect(log).toContainText('never sent anywhere');
  await log.scrollIntoViewIfNeeded();
  await log.screenshot({ path: 'test-results/decision-log.png' });
});
