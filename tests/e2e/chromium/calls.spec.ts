import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { minutesInTitle, seedSettings, storedLocal, toolbar } from './helpers';

// Headed under Xvfb: Chromium shows its real permission prompt, and the person answers it with the
// keyboard (focus starts on "Deny"; Tab moves to "Allow"). Audibility also needs a real audio path.
test.use({ headless: false });

/** A stand-in for a call page on meet.google.com, served by the test (no network). */
const CALL_PAGE = `<!doctype html><title>Call</title><button id="join">Join</button><script>
document.getElementById('join').onclick = () => {
  const audio = new AudioContext();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  gain.gain.value = 0.2;
  tone.connect(gain).connect(audio.destination);
  tone.start();
};
</script>`;

test('a granted call site: an audible call of two minutes resets solitary time and counts as connection', async ({
  openPage,
  serviceWorker,
  context,
}) => {
  await seedSettings(serviceWorker, {
    callSites: ['https://meet.google.com/*'],
    thresholdMin: 200,
    breakMin: 30,
  });
  const options = await openPage('options.html');
  await options.getByRole('button', { name: 'Allow meet.google.com' }).click();
  await options.waitForTimeout(1_000); // the prompt opens
  execFileSync('xdotool', ['key', 'Tab', 'space']);
  await expect(options.getByRole('listitem').filter({ hasText: 'meet.google.com' })).toContainText('Allowed');
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: CALL_PAGE }),
  );
  const call = await context.newPage();
  await call.goto('https://meet.google.com/abc-defg-hij');
  await expect
    .poll(async () => minutesInTitle((await toolbar(serviceWorker)).title))
    .toBeGreaterThanOrEqual(4);

  await call.click('#join');
  await expect
    .poll(async () => (await storedLocal<{ callSince: number | null }>(serviceWorker, 'tracker')).callSince)
    .not.toBeNull();
  await call.waitForTimeout(3_000); // longer than two configured minutes
  await call.close();

  await expect.poll(async () => minutesInTitle((await toolbar(serviceWorker)).title)).toBeLessThan(2);
  const stats = await storedLocal<Record<string, { connections: number }>>(serviceWorker, 'stats');
  expect(Object.values(stats).reduce((n, day) => n + day.connections, 0)).toBe(1);
});

test('without the permission, an audible tab on a listed site is not a call', async ({
  serviceWorker,
  context,
}) => {
  await seedSettings(serviceWorker, {
    callSites: ['https://meet.google.com/*'],
    thresholdMin: 200,
    breakMin: 30,
  });
  await context.route('https://meet.google.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: CALL_PAGE }),
  );
  const call = await context.newPage();
  await call.goto('https://meet.google.com/abc-defg-hij');

  await call.click('#join');
  await call.waitForTimeout(4_000);

  expect((await storedLocal<{ callSince: number | null }>(serviceWorker, 'tracker')).callSince).toBeNull();
  expect(minutesInTitle((await toolbar(serviceWorker)).title)).toBeGreaterThanOrEqual(4);
});
