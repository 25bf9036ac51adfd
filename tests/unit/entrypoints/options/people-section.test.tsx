import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PeopleSection } from '../../../../entrypoints/options/people-section';
import type { Contact } from '../../../../lib/people/contacts';
import { person, snapshot, storedLocal } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function seed(contacts: Contact[]) {
  await fakeBrowser.storage.local.set({ contacts });
}

const names = async () => ((await storedLocal<Contact[]>('contacts')) ?? []).map((c) => c.name);
const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('options: people', () => {
  it('adds a person and says it saved', async () => {
    render(<PeopleSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    type('Name', 'Sam');
    type('Email address', 'sam@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    await waitFor(async () => expect(await names()).toEqual(['Sam']));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(screen.getByText('Not reached yet')).toBeTruthy();
  });

  it.each<[Contact['preferred'], string]>([
    ['whatsapp', '+15551234567 · prefers WhatsApp'],
    ['copy', '+15551234567 · messaged another way'],
  ])('says how each person is usually messaged (%s)', async (preferred, line) => {
    await seed([person(1, { phone: '+15551234567', preferred })]);

    render(<PeopleSection />);

    // The number is its own left-to-right element inside the line: match the line's whole text.
    const wholeLine = (_: string, el: Element | null) =>
      el?.textContent === line && ![...el.children].some((child) => child.textContent === line);
    expect(await screen.findByText(wholeLine)).toBeTruthy();
  });

  it.each([
    ['Name', 'a'.repeat(61), 'Names can be at most 60 characters.'],
    [
      'Phone',
      'call me',
      'A phone number can only have digits, spaces, dashes, dots, brackets and a + at the start.',
    ],
    ['Email address', 'sam.example.org', "That doesn't look like an email address."],
  ])('refuses %s = %j and stores nothing', async (label, value, message) => {
    await seed([person(1)]);
    render(<PeopleSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const before = await snapshot();

    if (label !== 'Name') type('Name', 'Sam');
    type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    expect((await screen.findByText(message)).getAttribute('role')).toBe('alert');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a 51st person', async () => {
    await seed(Array.from({ length: 50 }, (_, i) => person(i)));
    render(<PeopleSection />);
    const before = await snapshot();

    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));

    expect((await screen.findByRole('alert')).textContent).toBe('You can keep up to 50 people.');
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(await snapshot()).toBe(before);
  });

  it('edits a person', async () => {
    await seed([person(1, { name: 'Ana' })]);
    render(<PeopleSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    type('Name', 'Ana María');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    await waitFor(async () => expect(await names()).toEqual(['Ana María']));
  });

  it('moves people up and down with buttons, keeping focus on the button', async () => {
    await seed([person(1, { name: 'Ana' }), person(2, { name: 'Ben' }), person(3, { name: 'Cy' })]);
    render(<PeopleSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Move down Ana' }));
    await waitFor(async () => expect(await names()).toEqual(['Ben', 'Ana', 'Cy']));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move down Ana'));
    fireEvent.click(screen.getByRole('button', { name: 'Move up Cy' }));

    await waitFor(async () => expect(await names()).toEqual(['Ben', 'Cy', 'Ana']));
    expect((screen.getByRole('button', { name: 'Move up Ben' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('removes a person only after confirming', async () => {
    await seed([person(1, { name: 'Ana' }), person(2, { name: 'Ben' })]);
    render(<PeopleSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Ana' }));
    const confirm = screen.getByRole('group', { name: 'Remove Ana from your people?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(await names()).toEqual(['Ana', 'Ben']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Remove' }));

    await waitFor(async () => expect(await names()).toEqual(['Ben']));
  });

  it('says when each person was last reached', async () => {
    await seed([person(1, { name: 'Ana', lastContactedAt: Date.now() - 3 * 86_400_000 - 1000 })]);
    render(<PeopleSection />);

    expect(await screen.findByText('Last reached 3 days ago')).toBeTruthy();
  });

  it('shows a storage error and keeps the list as stored', async () => {
    await seed([person(1, { name: 'Ana' })]);
    render(<PeopleSection />);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    type('Name', 'Sam');
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Couldn’t save: QUOTA_BYTES quota exceeded'),
    );
    expect(await names()).toEqual(['Ana']);
  });
});
