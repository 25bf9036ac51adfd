import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { makeBackup } from '../../../../lib/data/backup';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { finishImport } from '../../../../platform/storage/import-journal';
import {
  person,
  rotation,
  seedDataPage,
  snapshot,
  stats,
  storedLocal,
  storedSettings,
  workerRestarts,
} from './helpers';

let sent: unknown[];
beforeEach(async () => {
  // No templates stored: a key the import adds, which a rollback must remove again.
  sent = await seedDataPage({ contacts: [person(1)], rotation, stats });
});
afterEach(cleanup);

const backup = () =>
  makeBackup(
    {
      settings: { ...structuredClone(DEFAULT_SETTINGS), thresholdMin: 45 },
      contacts: [person(1), person(2)],
      templates: ['Hi {name}'],
      rotation,
      stats: {},
    },
    Date.UTC(2025, 4, 6),
  );

async function openData() {
  render(<App />);
  return (await screen.findByLabelText('Import a backup file')) as HTMLInputElement;
}

function choose(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const jsonFile = (text: string) => new File([text], 'backup.json', { type: 'application/json' });

describe('options: reading an import file', () => {
  it('refuses a file over the limit from its size, without reading it', async () => {
    const input = await openData();
    const file = jsonFile('{}');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');

    choose(input, file);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file is larger than 1 MB, so it can’t be an Attune backup.',
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('says so when the file cannot be read, changing nothing', async () => {
    const input = await openData();
    const before = await snapshot();
    const file = jsonFile('{}');
    vi.spyOn(file, 'text').mockRejectedValue(new Error('The file was moved'));

    choose(input, file);

    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file couldn’t be read (The file was moved). Nothing was changed.',
    );
    expect(await snapshot()).toBe(before);
  });
});

describe('options: an import lands whole or not at all', () => {
  async function importIt() {
    const input = await openData();
    choose(input, jsonFile(JSON.stringify(backup())));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
  }

  it('puts every store back as it was when the settings write fails after the local one', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));

    await importIt();

    expect((await screen.findByText(/MAX_WRITE/)).textContent).toBe(
      'The import didn’t work (MAX_WRITE_OPERATIONS_PER_MINUTE). Nothing was changed.',
    );
    expect(await snapshot()).toBe(before);
    expect(sent).toContainEqual(expect.objectContaining({ type: 'import' }));
  });

  it('says honestly when putting the previous data back failed too, and finishes it on the next open', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('sync is down'));
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    // The import's first write (with its journal) lands; every write after it fails.
    let journalWritten = false;
    vi.spyOn(local, 'set').mockImplementation(async (items) => {
      if (journalWritten) throw new Error('disk is full');
      if ('importJournal' in items) journalWritten = true;
      return set(items);
    });

    await importIt();

    expect((await screen.findByText(/sync is down/)).textContent).toBe(
      'The import didn’t work (sync is down), and putting your previous data back failed too (disk is full). Part of the import may be in place. Attune tries again to put your data back the next time you open settings.',
    );
    cleanup();
    vi.mocked(local.set).mockRestore();
    render(<App />);
    expect(
      (await screen.findByText('An import that was interrupted has been undone: your previous data is back.'))
        .textContent,
    ).toBeTruthy();
    expect(await snapshot()).toBe(before);
  });

  it('when the worker stopped before the settings were written, the next open puts the previous data back', async () => {
    const before = await snapshot();
    // The settings write never ends: the worker writing the import is stopped in the middle.
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set').mockReturnValue(new Promise(() => undefined));
    await importIt();
    await vi.waitFor(() => expect(syncSet).toHaveBeenCalled());
    expect(await storedLocal('importJournal')).toBeDefined();
    expect(await storedLocal('contacts')).toHaveLength(2);
    cleanup();
    syncSet.mockRestore();
    await workerRestarts();

    render(<App />);

    expect(
      await screen.findByText('An import that was interrupted has been undone: your previous data is back.'),
    ).toBeTruthy();
    expect(await snapshot()).toBe(before);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'People' }))
          .getAllByRole('listitem')
          .map((item) => item.querySelector('strong')?.textContent),
      ).toEqual(['Person 1']),
    );
  });

  it('when the worker stopped after the settings were written, the next open completes the import', async () => {
    const data = backup();
    await fakeBrowser.storage.local.set({
      contacts: data.contacts,
      templates: data.templates,
      rotation: data.rotation,
      stats: data.stats,
      importJournal: {
        at: 1,
        settings: data.settings,
        previous: { contacts: [person(1)], rotation, stats },
        absent: ['templates'],
      },
    });
    await fakeBrowser.storage.sync.set({ settings: data.settings });

    render(<App />);

    expect(await screen.findByText('An import that was interrupted has been completed.')).toBeTruthy();
    expect(await storedLocal('importJournal')).toBeUndefined();
    expect(await storedLocal('contacts')).toEqual(data.contacts);
    expect(await storedSettings()).toEqual(data.settings);
  });

  it('a second options tab opening during an import waits for it: the imported settings keep the imported people', async () => {
    const data = backup();
    // The settings write is slow (sync across devices): the import is between its two writes.
    const sync = fakeBrowser.storage.sync;
    const syncSet = sync.set.bind(sync);
    let land: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => {
      land = resolve;
    });
    vi.spyOn(sync, 'set').mockImplementationOnce(async (items) => {
      await landed;
      return syncSet(items);
    });
    await importIt();
    await vi.waitFor(async () => expect(await storedLocal('importJournal')).toBeDefined());

    render(<App />); // the second tab, which finishes any import cut short on opening
    await new Promise((resolve) => setTimeout(resolve, 50));
    land();

    expect(await screen.findByText('Imported. Your data is restored.')).toBeTruthy();
    await waitFor(async () => expect(await storedLocal('importJournal')).toBeUndefined());
    expect(await storedSettings()).toEqual(data.settings);
    expect(await storedLocal('contacts')).toEqual(data.contacts);
    expect(screen.queryByText(/An import that was interrupted/)).toBeNull();
  });

  it('can be finished by the background at startup (finishImport), which has nothing to do without a journal', async () => {
    const before = await snapshot();

    expect(await finishImport()).toBe('none');
    expect(await snapshot()).toBe(before);
  });
});
