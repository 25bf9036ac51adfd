import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { mockPermissions, seedSettings, snapshot, storedSettings } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  mockPermissions();
});
afterEach(cleanup);

async function openOptions() {
  render(<App />);
  await screen.findByLabelText('Nudge after (minutes alone at the screen)');
}

/** Longer than the settings' save debounce. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

/** Types a value and leaves the field, as a person commits an edit. */
function enter(field: HTMLElement, value: string) {
  fireEvent.input(field, { target: { value } });
  fireEvent.blur(field);
}

/** The save line of one field (announced, and tied to the field by aria-describedby). */
function statusOf(field: HTMLElement): HTMLElement {
  const status = document.getElementById(`${field.id}-status`) as HTMLElement;
  expect(status.getAttribute('role')).toBe('status');
  expect(field.getAttribute('aria-describedby')).toContain(status.id);
  return status;
}

function expectInvalid(field: HTMLElement, message: string) {
  const alert = screen.getByText(message);
  expect(alert.getAttribute('role')).toBe('alert');
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(field.getAttribute('aria-describedby')).toContain(alert.id);
}

describe('options: rhythm', () => {
  it.each([
    ['0', 'Nudge after must be between 15 and 480 minutes.'],
    ['10000', 'Nudge after must be between 15 and 480 minutes.'],
  ])('refuses a threshold of %s with a message and saves nothing', async (value, message) => {
    await seedSettings();
    await openOptions();
    const before = await snapshot();
    const field = screen.getByLabelText('Nudge after (minutes alone at the screen)');

    enter(field, value);
    await settle();

    expectInvalid(field, message);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a break as long as the threshold', async () => {
    await seedSettings({ thresholdMin: 30 });
    await openOptions();
    const before = await snapshot();
    const field = screen.getByLabelText('Break length (minutes away that end a session)');

    enter(field, '30');
    await settle();

    expectInvalid(field, 'The break length must be shorter than “nudge after” (30 minutes).');
    expect(await snapshot()).toBe(before);
  });

  it('saves a committed edit and says so beside the field', async () => {
    await openOptions();
    const field = screen.getByLabelText('Nudge after (minutes alone at the screen)');

    enter(field, '45');

    await waitFor(() => expect(statusOf(field).textContent).toBe('Saved.'));
    expect(await storedSettings()).toMatchObject({ thresholdMin: 45 });
  });

  it('shows a storage error beside the field that failed, and “Saved.” only where it saved', async () => {
    await openOptions();
    const threshold = screen.getByLabelText('Nudge after (minutes alone at the screen)');
    const cap = screen.getByLabelText('Nudges a day at most');
    enter(cap, '4');
    await waitFor(() => expect(statusOf(cap).textContent).toBe('Saved.'));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES_PER_ITEM quota exceeded'),
    );

    enter(threshold, '45');

    await waitFor(() =>
      expect(statusOf(threshold).textContent).toBe('Couldn’t save: QUOTA_BYTES_PER_ITEM quota exceeded'),
    );
    expect(statusOf(threshold).className).toContain('field-error');
    expect(statusOf(cap).textContent).toBe('Saved.');
    expect(screen.queryAllByRole('status').filter((s) => s.textContent === 'Saved.')).toHaveLength(1);
  });

  it('offers the welcome page’s rhythm presets, saving threshold and break together', async () => {
    await seedSettings({ thresholdMin: 45, breakMin: 3 });
    await openOptions();
    expect((screen.getByLabelText('Balanced — every 90 minutes') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Your own rhythm.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Gentle — every 2 hours'));

    await waitFor(async () =>
      expect(await storedSettings()).toMatchObject({ thresholdMin: 120, breakMin: 10 }),
    );
    expect((screen.getByLabelText('Gentle — every 2 hours') as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByLabelText('Nudge after (minutes alone at the screen)') as HTMLInputElement).value,
    ).toBe('120');
    await waitFor(() =>
      expect(
        statusOf(screen.getByLabelText('Break length (minutes away that end a session)')).textContent,
      ).toBe('Saved.'),
    );
  });
});

describe('options: watching', () => {
  const WATCHING = 'Count watching videos as screen time';

  it('is on by default, says what counts, and saves turning it off and on again', async () => {
    await seedSettings();
    await openOptions();
    const box = screen.getByLabelText(WATCHING) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.closest('section')?.id).toBe('rhythm');
    expect(
      document.getElementById(box.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent,
    ).toMatch(/^While you watch with sound in the front tab .* stops counting after 3 hours\.$/);

    fireEvent.click(box);

    await waitFor(async () => expect((await storedSettings())?.countWatching).toBe(false));
    await waitFor(() => expect(statusOf(box).textContent).toBe('Saved.'));
    fireEvent.click(box);
    await waitFor(async () => expect((await storedSettings())?.countWatching).toBe(true));
  });
});

describe('options: quiet hours', () => {
  it('refuses equal start and end times and saves nothing', async () => {
    await seedSettings();
    await openOptions();
    const before = await snapshot();
    const end = screen.getByLabelText('Until');

    fireEvent.input(end, { target: { value: '22:00' } });
    await settle();
    expect(document.getElementById('quiet-status')?.textContent).toBe('');

    expectInvalid(end, 'Quiet hours need different start and end times.');
    expect(await snapshot()).toBe(before);
  });

  it('saves new times and the on/off switch', async () => {
    await openOptions();

    fireEvent.input(screen.getByLabelText('From'), { target: { value: '21:30' } });
    fireEvent.click(screen.getByLabelText('Keep quiet hours'));

    await waitFor(async () =>
      expect((await storedSettings())?.quietHours).toEqual({ enabled: false, start: '21:30', end: '07:00' }),
    );
  });
});

describe('options: how to nudge', () => {
  it('saves the chosen style', async () => {
    await openOptions();

    fireEvent.click(screen.getByLabelText('Show a notification'));

    await waitFor(async () => expect((await storedSettings())?.nudgeStyle).toBe('notification'));
  });

  it('asks the background to show a nudge now, in the style just chosen even before it is saved', async () => {
    const sent = vi.fn(() => 'ok');
    fakeBrowser.runtime.onMessage.addListener(sent);
    await openOptions();

    fireEvent.click(screen.getByLabelText('Show a notification'));
    fireEvent.click(screen.getByRole('button', { name: 'Show me a nudge now' }));

    await waitFor(() =>
      expect(sent).toHaveBeenCalledWith({ type: 'preview-nudge', style: 'notification' }, expect.anything()),
    );
  });

  it('says so when the nudge could not be shown', async () => {
    await openOptions(); // no background listening: sendMessage rejects

    fireEvent.click(screen.getByRole('button', { name: 'Show me a nudge now' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The nudge couldn’t be shown. Try again in a moment.',
    );
  });
});

describe('options: about', () => {
  it('credits the article and links back to the welcome tour', async () => {
    await openOptions();

    expect(screen.getByRole('link', { name: 'The Healing Power of Connection' }).getAttribute('href')).toBe(
      'https://www.jennifergogginLMHC.com',
    );
    expect(screen.getByRole('link', { name: 'Open the welcome tour again' }).getAttribute('href')).toBe(
      fakeBrowser.runtime.getURL('/welcome.html'),
    );
    expect(screen.getByText('call 988').tagName).toBe('STRONG'); // no platform info: no phone link
  });

  it('links the 988 line where the computer answers tel: and sms: (macOS)', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: the fake browser has no getPlatformInfo.
    (fakeBrowser.runtime as any).getPlatformInfo = () => Promise.resolve({ os: 'mac', arch: 'arm' });
    await openOptions();

    expect((await screen.findByRole('link', { name: 'call 988' })).getAttribute('href')).toBe('tel:988');
    expect(screen.getByRole('link', { name: 'text 988' }).getAttribute('href')).toBe('sms:988');
  });
});
