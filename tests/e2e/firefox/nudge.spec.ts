import { expect, minutesInStatus, test } from './fixtures';
import {
  activeUntilDue,
  type Card,
  clickButton,
  encodeBody,
  MAYA,
  minutesInTitle,
  nudgesShown,
  openCards,
  revealCards,
  seedContacts,
  seedSettings,
  storedLocal,
  toolbar,
  withBoolPref,
} from './helpers';

// Accelerated build: a configured minute lasts a second, so the 15-minute threshold is 15 s.
// `keepActive` stands for someone using the browser (headless Firefox turns `idle` after 15 s).
// A card opens by itself only at a still moment (15 s without input): `activeUntilDue` keeps the
// person active until the nudge waits for one, then lets the idle service see them rest.

/** Firefox's switch for `browserAction.openPopup()` without a user gesture (on in ESR 153). */
const OPEN_POPUP_PREF = 'extensions.openPopupWithoutUserGesture.enabled';
/** Whether Firefox hands notifications to the desktop (libnotify) rather than its own alert window. */
const SYSTEM_ALERTS_PREF = 'alerts.useSystemBackend';

/** What every card must show for Maya: a credited reflection and a drafted text one tap away. */
function expectMayasCard(card: Card | undefined): void {
  expect(card?.reflection.length).toBeGreaterThan(20);
  expect(card?.credit).toContain('Jennifer Goggin');
  expect(card?.heading).toBe('Reach out to Maya');
  expect(card?.draft).toContain('Maya');
  expect(card?.send).toBe(`https://wa.me/15551234567?text=${encodeBody(card?.draft ?? '')}`);
}

test('after the threshold the popup opens by itself with a reflection and a drafted text', async ({
  openPage,
  firefox,
  outsideRequests,
  workInFront,
  resetIdle,
}) => {
  const options = await openPage('options.html');
  await seedContacts(options, [MAYA]);
  await seedSettings(options, { thresholdMin: 15, nudgeStyle: 'popup' });
  await workInFront(); // no nudge while an Attune page is in front
  await activeUntilDue(options, resetIdle);
  // Where Firefox refuses openPopup without a gesture, the product opens its card window instead.
  const popupAllowed = await firefox.privileged<boolean>(
    `return Services.prefs.getBoolPref('${OPEN_POPUP_PREF}', false);`,
  );
  const where = popupAllowed ? 'popup' : 'window';

  // Attune opened it by itself: names and the draft wait for one deliberate click.
  await expect.poll(() => revealCards(options, where), { timeout: 30_000 }).toBe(true);
  await expect.poll(async () => (await openCards(options, where))[0]?.heading).toBe('Reach out to Maya');

  const [card] = await openCards(options, where);
  expectMayasCard(card);
  await expect.poll(() => nudgesShown(options)).toBe(1);
  expect(await outsideRequests()).toEqual([]);
});

test.describe('where Firefox refuses openPopup without a gesture', () => {
  withBoolPref(OPEN_POPUP_PREF, false);

  test('a small window shows the same card', async ({
    openPage,
    evalInExtension,
    workInFront,
    resetIdle,
  }) => {
    const options = await openPage('options.html');
    await seedContacts(options, [MAYA]);
    await seedSettings(options, { thresholdMin: 15, nudgeStyle: 'popup' });
    await workInFront();
    await activeUntilDue(options, resetIdle);

    await expect.poll(() => revealCards(options, 'window'), { timeout: 30_000 }).toBe(true);
    await expect.poll(async () => (await openCards(options, 'window'))[0]?.heading).toBe('Reach out to Maya');

    const [card] = await openCards(options, 'window');
    expectMayasCard(card);
    expect(await openCards(options, 'popup')).toEqual([]);
    const windows = await evalInExtension(options, async (api) =>
      (await api.windows.getAll()).map((w) => w.type),
    );
    expect(windows.filter((type) => type === 'popup')).toHaveLength(1);
    await expect.poll(() => nudgesShown(options)).toBe(1);
  });
});

test('"I reached out" resets the badge and counts a connection moment', async ({
  openPage,
  openPopupCold,
  keepActive: _,
}) => {
  const options = await openPage('options.html');
  await seedContacts(options, [MAYA]);
  await seedSettings(options, { thresholdMin: 16, nudgeStyle: 'badge' });
  // The badge style's nudge: a small dot on the button.
  await expect.poll(async () => (await toolbar(options)).text, { timeout: 20_000 }).toBe('•');
  const badgeMin = minutesInTitle((await toolbar(options)).title) ?? 0;
  const popup = await openPopupCold(options);
  // The status request woke the unloaded background: it still shows the session, not a fresh one.
  expect(await minutesInStatus(popup)).toBeGreaterThanOrEqual(badgeMin);

  await clickButton(popup, 'I reached out');

  await expect
    .poll(async () => popup.$$eval('.thanks', (els) => els.map((el) => el.textContent)))
    .toEqual(['That matters. Your solitary time starts fresh.']);
  await expect.poll(async () => (await toolbar(popup)).text).toBe('');
  const stats = await storedLocal<Record<string, { connections: number }>>(popup, 'stats');
  expect(Object.values(stats).reduce((n, day) => n + day.connections, 0)).toBe(1);
  const [maya] = await storedLocal<{ lastContactedAt?: number }[]>(popup, 'contacts');
  expect(maya?.lastContactedAt).toBeGreaterThan(Date.now() - 60_000);
});

test.describe('with Firefox showing notifications itself', () => {
  // Headless, the system backend (libnotify) can't show a notification and Firefox reports it closed
  // at once, so `getAll()` would be empty; Firefox's own alert window keeps it while the test reads.
  withBoolPref(SYSTEM_ALERTS_PREF, false);

  test('the notification style shows a system notification', async ({
    openPage,
    evalInExtension,
    workInFront,
    keepActive: _,
  }) => {
    const options = await openPage('options.html');
    await seedSettings(options, { thresholdMin: 15, nudgeStyle: 'notification' });
    await workInFront();

    await expect
      .poll(async () => Object.keys(await evalInExtension(options, (api) => api.notifications.getAll())), {
        timeout: 30_000,
      })
      .toEqual(['attune-nudge']);
    expect(await openCards(options, 'popup')).toEqual([]);
    expect(await openCards(options, 'window')).toEqual([]);
    await expect.poll(() => nudgesShown(options)).toBe(1);
  });
});
