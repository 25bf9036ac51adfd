import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
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
 * What the popup does on "I reached out": a new "last reached" for one person. Returns the write,
 * started but not awaited, so the page acts before it hears of the change.
 */
async function popupMarksReached(id: string): Promise<() => Promise<void>> {
  const contacts = (await storedLocal<Contact[]>('contacts')).map((c) =>
    c.id === id ? { ...c, lastContactedAt: REACHED } : c,
  );
  return () => fakeBrowser.storage.local.set({ contacts });
}

describe('options: edits made elsewhere meanwhile are kept', () => {
  it('saving an edit keeps a “last reached” the popup wrote while the form was open', async () => {
    render(<PeopleSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Person 1' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ana' } });

    const write = await popupMarksReached('c1');
    void write();
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

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
    render(<PeopleSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Person 1' }));

    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '' } });
    const write = await popupMarksReached('c1');
    void write();
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    await waitFor(async () =>
      expect(await storedLocal('contacts')).toEqual([
        person(1, { email: 'a@example.org', lastContactedAt: REACHED }),
      ]),
    );
  });

  it('moving a person keeps a “last reached” written a moment before', async () => {
    render(<PeopleSection />);
    await screen.findByRole('button', { name: 'Move down Person 1' });
    // Written without the page hearing of it yet: the move must apply to what is stored.
    const stored = (await storedLocal<Contact[]>('contacts')).map((c) =>
      c.id === 'c2' ? { ...c, lastContactedAt: REACHED } : c,
    );
    await fakeBrowser.storage.local.set({ contacts: stored });

    fireEvent.click(screen.getByRole('button', { name: 'Move down Person 1' }));

    await waitFor(async () =>
      expect(await storedLocal('contacts')).toEqual([person(2, { lastContactedAt: REACHED }), person(1)]),
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
