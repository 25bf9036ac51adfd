import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../../components/contact-form';
import type { Contact } from '../../../lib/people/contacts';
import { lastReachedText } from '../../../platform/pages/contact-last-reached';

afterEach(cleanup);

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

describe('ContactForm', () => {
  it.each([
    ['Name', 'a'.repeat(61), 'Names can be at most 60 characters.'],
    [
      'Phone',
      '12ab',
      'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
    ],
    ['Phone', '12 34', 'A phone number needs 7 to 15 digits.'],
    ['Email address', 'sam@home', "That doesn't look like an email address."],
  ])('refuses %s = %j with a message under the field, saving nothing', async (label, value, message) => {
    const onSave = vi.fn(async () => {});
    render(<ContactForm onSave={onSave} />);
    if (label !== 'Name') type('Name', 'Sam');

    type(label, value);
    submit();

    const alert = await screen.findByText(message);
    const field = screen.getByLabelText(label);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks for a name', async () => {
    render(<ContactForm onSave={vi.fn()} />);

    submit();

    expect((await screen.findByRole('alert')).textContent).toBe('Please add a name.');
  });

  it('hands over a normalised contact', async () => {
    const onSave = vi.fn(async (_: Contact) => {});
    render(<ContactForm onSave={onSave} />);

    type('Name', '  Sam   Lee ');
    type('Phone', '+1 (415) 555-2671');
    fireEvent.click(screen.getByRole('radio', { name: 'WhatsApp' }));
    fireEvent.change(screen.getByLabelText('Keep in touch'), { target: { value: 'two-weeks' } });
    submit();

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      name: 'Sam Lee',
      phone: '+14155552671',
      preferred: 'whatsapp',
      rhythm: 'two-weeks',
    });
  });

  it('asks, with one tap, how the person usually messages them, naming them once typed', () => {
    render(<ContactForm onSave={vi.fn()} />);

    type('Name', 'Sam');

    const question = screen.getByRole('group', { name: 'How do you usually message Sam?' });
    expect(
      within(question)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['WhatsApp', 'Signal', 'Telegram', 'Text message', 'Email', 'Other', 'Not sure']);
  });

  it('says at once what an answer still needs, and saves it once that is typed', async () => {
    const onSave = vi.fn(async (_: Contact) => {});
    render(<ContactForm onSave={onSave} />);
    type('Name', 'Sam');
    type('Phone', '020 7946 0958');

    fireEvent.click(screen.getByRole('radio', { name: 'Signal' }));

    expect(
      screen.getByText('Add a phone number with its country code (starting with +) to use Signal.'),
    ).toBeTruthy();
    type('Phone', '+44 20 7946 0958');
    expect(screen.queryByText(/to use Signal/)).toBeNull();
    submit();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ phone: '+442079460958', preferred: 'signal' });
  });

  it('stores "Other" as copying the message', async () => {
    const onSave = vi.fn(async (_: Contact) => {});
    render(<ContactForm onSave={onSave} />);
    type('Name', 'Sam');

    fireEvent.click(screen.getByRole('radio', { name: 'Other' }));
    submit();

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ preferred: 'copy' });
  });

  it('keeps what it does not show when editing in compact mode', async () => {
    const initial: Contact = {
      id: 'x',
      name: 'Ana',
      telegram: 'ana_tg',
      note: 'Tea',
      createdAt: 5,
      lastContactedAt: 9,
    };
    const onSave = vi.fn(async (_: Contact) => {});
    render(<ContactForm initial={initial} onSave={onSave} compact />);

    expect(screen.queryByLabelText('Telegram username')).toBeNull();
    type('Name', 'Ana B');
    submit();

    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ ...initial, name: 'Ana B' }));
  });

  it('shows why saving failed', async () => {
    render(<ContactForm onSave={async () => Promise.reject(new Error('quota exceeded'))} />);

    type('Name', 'Sam');
    submit();

    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t save: quota exceeded');
  });

  it('can be cancelled', () => {
    const onCancel = vi.fn();
    render(<ContactForm onSave={vi.fn()} onCancel={onCancel} />);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(onCancel).toHaveBeenCalled();
  });
});

describe('lastReachedText', () => {
  const NOW = Date.UTC(2025, 4, 6, 12);
  it.each([
    [undefined, 'Not reached yet'],
    [NOW - 3 * 86_400_000, 'Last reached 3 days ago'],
    [NOW - 86_400_000, 'Last reached yesterday'],
    [NOW - 2 * 3_600_000, 'Last reached 2 hours ago'],
    [NOW - 10_000, 'Last reached just now'],
    [NOW + 86_400_000, 'Last reached just now'],
    [NOW - 21 * 86_400_000, 'Last reached 3 weeks ago'],
  ])('%s → %s', (last, text) => {
    expect(lastReachedText(last, NOW)).toBe(text);
  });
});
