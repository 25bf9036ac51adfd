import { clickAt, xdotool } from '../shared/typing';
import { expect, test } from './fixtures';
import { decisionLines, inExtension, MAYA, seedContacts, seedSettings } from './helpers';

// Headed on an Xvfb display of its own (real keys and pointer): the report was that after an
// automatic nudge the toolbar popup no longer opened in Firefox. Measured here without a window
// manager; the same run with openbox on that display behaves the same (see the report of issue 20).
test.use({ ownDisplay: true });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('after an automatic nudge, the shortcut still opens the toolbar popup, as the person’s own', async ({
  firefox,
  openPage,
  workInFront,
}) => {
  test.setTimeout(90_000);
  const options = await openPage('options.html');
  const [command] = await inExtension(options, (api) => api.commands.getAll());
  expect(command?.shortcut).toBe('Alt+Shift+U');
  await seedContacts(options, [MAYA]);
  await seedSettings(options, { thresholdMin: 15, breakMin: 45, nudgeStyle: 'popup' });
  await workInFront();
  // Active (real pointer moves) until the nudge waits for a still moment, then resting.
  for (let step = 0; !(await decisionLines(options)).includes('deferred:typing'); step++) {
    expect(step).toBeLessThan(40);
    await xdotool(firefox.display, 'mousemove', String(400 + (step % 2) * 40), '420');
    await sleep(1_000);
  }
  const popups = () =>
    inExtension(options, (api) => api.extension.getViews({ type: 'popup' }).map((v) => v.location.search));
  await expect.poll(popups, { timeout: 25_000 }).toEqual(['?nudge=1']);
  // The person clicks into their page: the popup closes, as any popup does.
  await clickAt(firefox.display, 640, 500);
  await expect.poll(popups).toEqual([]);

  await xdotool(firefox.display, 'key', '--clearmodifiers', 'alt+shift+u');

  await expect.poll(popups, { timeout: 5_000 }).toEqual(['']);
});
