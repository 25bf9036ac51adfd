import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/welcome/app';
import type { Contact } from '../../../../lib/people/contacts';
import type { Settings } from '../../../../lib/settings/settings';
import { mockPermissions } from '../options/helpers';

let permissions: ReturnType<typeof mockPermissions>;
beforeEach(() => {
  fakeBrowser.reset();
  permissions = mockPermissions();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const settings = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const contacts = async () =>
  (await fakeBrowser.storage.local.get('contacts')).contacts as Contact[] | undefined;

describe('welcome page', () => {
  it('says what Attune does and starts on the balanced rhythm', async () => {
    render(<App />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Attune');
    expect(((await screen.findByLabelText('Balanced — every 90 minutes')) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByText(/Everything stays in your browser/)).toBeTruthy();
  });

  it.each([
    ['Gentle — every 2 hours', 120, 10],
    ['Close — every hour', 60, 5],
  ])('saves the %s preset', async (label, thresholdMin, breakMin) => {
    render(<App />);

    fireEvent.click(await screen.findByLabelText(label));

    await waitFor(async () => expect(await settings()).toMatchObject({ thresholdMin, breakMin }));
  });

  it('takes a custom rhythm, refusing one out of range', async () => {
    render(<App />);
    fireEvent.click(await screen.findByLabelText('Custom'));
    const field = screen.getByLabelText('Nudge after (minutes alone at the screen)');

    fireEvent.input(field, { target: { value: '0' } });
    fireEvent.blur(field);
    expect(screen.getByRole('alert').textContent).toBe('Nudge after must be between 15 and 480 minutes.');
    fireEvent.input(field, { target: { value: '75' } });
    fireEvent.blur(field);

    await waitFor(async () => expect((await settings())?.thresholdMin).toBe(75));
  });

  it('offers the call services as an optional step behind one closed disclosure, each turned on in one click', async () => {
    render(<App />);
    const step = await screen.findByRole('region', { name: 'Calls count as time with people' });
    const disclosure = within(step).getByText('Count calls on…').closest('details') as HTMLDetailsElement;
    expect(disclosure.open).toBe(false);
    expect(
      within(step)
        .getAllByRole('checkbox')
        .every((box) => disclosure.contains(box)),
    ).toBe(true);
    expect(within(step).getAllByRole('checkbox')).toHaveLength(12);
    disclosure.open = true;
    const meet = within(step).getByLabelText('Google Meet') as HTMLInputElement;

    fireEvent.click(meet);

    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://meet.google.com/*'] });
    await waitFor(async () => expect((await settings())?.callServices).toEqual(['meet']));
    expect(meet.checked).toBe(true);
  });

  it('saves the person typed when Finish is pressed, without a second button', async () => {
    render(<App />);

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '+44 7700 123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));

    expect(
      await screen.findByText('Maya is on your list. You can add more people in settings.'),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You’re set');
    expect(await contacts()).toMatchObject([{ name: 'Maya', phone: '+447700123456' }]);
  });

  it('shows one primary button and keeps extra details behind a disclosure', async () => {
    render(<App />);
    await screen.findByLabelText('Balanced — every 90 minutes');

    expect(document.querySelectorAll('button.primary')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Save person' })).toBeNull();
    const more = screen.getByText('More details (email, Telegram, how often, note)').closest('details');
    expect(more?.open).toBe(false);
    expect(more?.contains(screen.getByLabelText('Email address'))).toBe(true);
  });

  it('asks before going on without a person whose details are wrong, and saves nothing', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '12' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));

    const ask = screen.getByRole('group', { name: 'Maya isn’t saved yet.' });
    expect(screen.getByText('A phone number needs 7 to 15 digits.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Fix the details');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Welcome to Attune');
    expect(await contacts()).toBeUndefined();

    fireEvent.click(within(ask).getByRole('button', { name: 'Fix the details' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Phone'));
  });

  it('asks how they usually message the person in one tap, outside the details, and saves the answer', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '+44 7700 123456' } });

    const question = screen.getByRole('group', { name: 'How do you usually message Maya?' });
    expect(question.closest('details')).toBeNull();
    fireEvent.click(within(question).getByRole('radio', { name: 'Text message' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));

    await waitFor(async () => expect(await contacts()).toMatchObject([{ name: 'Maya', preferred: 'sms' }]));
  });

  it('opens the details when the answer is email, where its address goes', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });

    fireEvent.click(screen.getByRole('radio', { name: 'Email' }));

    expect(screen.getByLabelText('Email address').closest('details')?.open).toBe(true);
  });

  it('goes on without the person only when told to', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '+44 7700 123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));

    const ask = screen.getByRole('group', { name: 'The person you started isn’t saved yet.' });
    expect(screen.getByText('Please add a name.')).toBeTruthy();
    fireEvent.click(within(ask).getByRole('button', { name: 'Finish without saving' }));

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('You’re set');
    expect(await contacts()).toBeUndefined();
  });

  it('opens the details by itself when a problem is inside them', async () => {
    render(<App />);
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });
    fireEvent.input(screen.getByLabelText('Email address'), { target: { value: 'maya@home' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save and finish' }));

    expect(screen.getByText("That doesn't look like an email address.")).toBeTruthy();
    expect(screen.getByLabelText('Email address').closest('details')?.open).toBe(true);
  });

  it('shows the quiet hours with their times and changes them in place', async () => {
    render(<App />);
    expect(await screen.findByText('Quiet hours: 10:00 PM–7:00 AM. Attune never nudges then.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Change quiet hours' }));
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '21:30' } });

    await waitFor(async () =>
      expect((await settings())?.quietHours).toEqual({ enabled: true, start: '21:30', end: '07:00' }),
    );
    expect(screen.getByText('Quiet hours: 9:30 PM–7:00 AM. Attune never nudges then.')).toBeTruthy();
  });

  it('finishes with when the first nudge can come, from the chosen rhythm and quiet hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 12, 0));
    render(<App />);
    fireEvent.click(await screen.findByLabelText('Gentle — every 2 hours'));

    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    expect(
      screen.getByText(
        'The first nudge can come after about 2 hours on your own at the screen, outside quiet hours 10:00 PM–7:00 AM. Stepping away for 10 minutes or more starts the count again.',
      ),
    ).toBeTruthy();
  });

  it('installed inside quiet hours, says the first nudge won’t come before they end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 3, 4));
    render(<App />);
    await screen.findByLabelText('Balanced — every 90 minutes');

    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    expect(
      screen.getByText(
        'It’s quiet hours now (10:00 PM–7:00 AM), so the first nudge won’t come before 7:00 AM. After that, it can come after about 90 minutes on your own at the screen. Stepping away for 5 minutes or more starts the count again.',
      ),
    ).toBeTruthy();
  });

  it('previews a nudge through the background, in the chosen style', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve();
    });
    render(<App />);
    await screen.findByLabelText('Balanced — every 90 minutes');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    fireEvent.click(screen.getByRole('button', { name: 'Preview a nudge' }));

    await waitFor(() => expect(sent).toEqual([{ type: 'preview-nudge', style: 'popup' }]));
    expect(document.querySelectorAll('button.primary')).toHaveLength(1);
  });

  it('shows how to pin Attune and its shortcut before Finish', async () => {
    render(<App />);
    await screen.findByLabelText('Balanced — every 90 minutes');

    const find = screen.getByRole('region', { name: 'Find Attune’s button' });
    expect(within(find).getByText(/puzzle-piece/).textContent).toContain('pin Attune');
    expect(within(find).getByText(/Open it any time with/).textContent).toContain('Alt+Shift+U');
    const finish = screen.getByRole('button', { name: 'Finish' });
    expect(find.compareDocumentPosition(finish) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('finishes with focus on its heading', async () => {
    render(<App />);

    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('You’re set');
    expect(document.activeElement).toBe(heading);
  });
});
