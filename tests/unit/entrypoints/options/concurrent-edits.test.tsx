import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { PeopleSection } from '../../../../entrypoints/options/people-section';
import type { Contact } from '../../../../lib/people/contacts';
import { mockPermissions, person, seedSettings, storedLocal, storedSettings } from './helpers';

const REACHED = 1_800_000_000_000;

beforeEach(async () => {
  fakeBrowser.reset();
  mockPermissions();
  await fakeBrowser.storage.local.set({ contacts: [person(1), person(2)] });
});
afterEach(cleanup);

/**
 * What the popup does on "I reached out": a new "last reached" for one person, read from storage
 * now. Returns the write, not yet started, so a test can let the page act before it hears of it.
 */
async function popupMarksReached(id: string): Promise<() => Promise<void>> {
  const contacts = (await storedLocal<Contact[]>('contacts')).map((c) =>
    c.id === id ? { ...c, lastContactedAt: REACHED } : c,
  );
  return () => fakeBrowser.storage.local.set({ contacts });
}

/** Opens the form for Person 1 in the people section. */
async function editPersonOne() {
  render(<PeopleSection />);
  fireEvent.click(await screen.findByRole('button', { name: 'Edit Person 1' }));
}

/** Saves the open form while the popup's "I reached out" write for `id` is still on its way. */
async function saveWhilePopupMarksReached(id: string) {
  const write = await popupMarksReached(id);
  void write();
  fireEvent.click(screen.getByRole('button', { name: 'Save person' }));
}

describe('options: edits made elsewhere meanwhile are kept', () => {
  it('saving an edit keeps a “last reached” the popup wrote while the form was open', async () => {
    await editPersonOne();
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ana' } });

    await saveWhilePopupMarksReached('c1');

    await waitFor(async () => expect((await storedLocal<Contact[]>('contacts'))[0]?.name).toBe('Ana'));
    expect(await storedLocal('contacts')).toEqual([
      { ...person(1), name: 'Ana', lastContactedAt: REACHED },
      person(2),
    ]);
  });

  it('clearing a field in the form removes it, and keeps what the form does not edit', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [person(1, { phone: '+15551234567', email: 'a@example.org' })],
    });
    await editPersonOne();

    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '' } });
    await saveWhilePopupMarksReached('c1');

    await waitFor(async () =>
      expect(await storedLocal('contacts')).toEqual([
        person(1, { email: 'a@example.org', lastContactedAt: REACHED }),
      ]),
    );
  });

  it('moving a person keeps a “last reached” the popup is writing at that moment', async () => {
    render(<PeopleSection />);
    await screen.findByRole('button', { name: 'Move down Person 1' });
    // Still on its way when the move is pressed: the move must apply to what is stored, not to the
    // list as shown.
    const write = await popupMarksReached('c2');
    void write();
    fireEvent.click(screen.getByRole('button', { name: 'Move down Person 1' }));

    await waitFor(async () =>
      expect(await storedLocal('contacts')).toEqual([person(2, { lastContactedAt: REACHED }), person(1)]),
    );
  });

  it('removing a person keeps a “last reached” the popup is writing for someone else', async () => {
    render(<PeopleSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Person 1' }));
    const write = await popupMarksReached('c2');
    void write();
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Remove' }));

    await waitFor(async () =>
      expect(await storedLocal('contacts')).toEqual([person(2, { lastContactedAt: REACHED })]),
    );
  });

  it('a setting saved in options never reverts another setting changed elsewhere meanwhile', async () => {
    await seedSettings({ dailyCap: 6, thresholdMin: 90 });
    render(<App />);
    const field = await screen.findByLabelText('Nudges a day at most');

    fireEvent.input(field, { target: { value: '3' } });
    fireEvent.blur(field);
    // While that edit waits for its write, another tab (or browser, through sync) changes the threshold.
    const settings = (await fakeBrowser.storage.sync.get('settings')).settings as object;
    await fakeBrowser.storage.sync.set({ settings: { ...settings, thresholdMin: 120 } });

    await waitFor(async () => expect((await storedSettings())?.dailyCap).toBe(3));
    expect((await storedSettings())?.thresholdMin).toBe(120);
  });
});
