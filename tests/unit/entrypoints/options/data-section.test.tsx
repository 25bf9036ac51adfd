import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { CALL_SERVICES } from '../../../../lib/calls/call-services';
import { makeBackup } from '../../../../lib/data/backup';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { readDecisionLog } from '../../../../platform/storage/decision-store';
import {
  mockPermissions,
  person,
  rotation,
  seedDataPage,
  seedSettings,
  snapshot,
  stats,
  storedLocal,
  storedSettings,
} from './helpers';

let sent: unknown[];
beforeEach(async () => {
  sent = await seedDataPage({
    contacts: [person(1), person(2), person(3)],
    templates: ['Hi {name}'],
    rotation,
    stats,
  });
});
afterEach(cleanup);

async function openData() {
  render(<App />);
  return (await screen.findByLabelText('Import a backup file')) as HTMLInputElement;
}

function choose(input: HTMLInputElement, text: string, size = new TextEncoder().encode(text).length) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const good = () =>
  makeBackup(
    {
      settings: { ...structuredClone(DEFAULT_SETTINGS), thresholdMin: 45 },
      contacts: [1, 2, 3, 4, 5].map((i) => person(i)),
      templates: ['Hi {name}', 'Hello {name}'],
      rotation,
      stats,
    },
    Date.UTC(2025, 4, 6),
  );

describe('options: import', () => {
  it.each([
    ['too large', '{}', 2 * 1024 * 1024, 'This file is larger than 1 MB, so it can’t be an Attune backup.'],
    ['not JSON', 'hello', undefined, 'This file can’t be read: it isn’t a JSON file.'],
    ['another app', '{"app":"other"}', undefined, 'This isn’t an Attune backup.'],
    [
      'newer',
      '{"app":"attune","version":99}',
      undefined,
      'This backup comes from a newer version of Attune. Update Attune, then try again.',
    ],
    [
      'polluting',
      '{"app":"attune","version":2,"__proto__":{"x":1}}',
      undefined,
      'This file contains a key that isn’t allowed (“__proto__”).',
    ],
    [
      'with a bad contact',
      JSON.stringify({ ...good(), contacts: [person(1, { email: 'nope' })] }),
      undefined,
      "People: person 1 (“Person 1”): That doesn't look like an email address.",
    ],
  ])('rejects a file that is %s, changing nothing', async (_, text, size, error) => {
    const input = await openData();
    const before = await snapshot();

    choose(input, text, size);

    const alert = await screen.findByText(error);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.queryByRole('button', { name: 'Apply' })).toBeNull();
    expect(await snapshot()).toBe(before);
  });

  it('previews the changes, and Cancel changes nothing', async () => {
    const input = await openData();
    const before = await snapshot();

    choose(input, JSON.stringify(good()));

    expect(await screen.findByText('nudge after 90 → 45 min')).toBeTruthy();
    expect(screen.getByText('added: Person 4, Person 5')).toBeTruthy();
    expect(screen.getByText('1 new message')).toBeTruthy();
    expect(screen.getByText('Stats: no change')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await snapshot()).toBe(before);
  });

  it('has the background apply an accepted import', async () => {
    const input = await openData();
    const backup = good();

    choose(input, JSON.stringify(backup));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('Imported. Your data is restored.')).toBeTruthy();
    expect(await storedSettings()).toEqual(backup.settings);
    expect(await storedLocal('contacts')).toEqual(backup.contacts);
    expect(await storedLocal('templates')).toEqual(backup.templates);
    expect(await storedLocal('rotation')).toEqual(backup.rotation);
    expect(sent).toContainEqual({
      type: 'import',
      data: expect.objectContaining({ contacts: backup.contacts }),
    });
  });

  it('leaves storage as it was when the local write fails', async () => {
    const input = await openData();
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    choose(input, JSON.stringify(good()));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));

    expect((await screen.findByText(/The import didn’t work/)).textContent).toBe(
      'The import didn’t work (QUOTA_BYTES quota exceeded). Nothing was changed.',
    );
    expect(await snapshot()).toBe(before);
  });
});

describe('options: export, clear, reset', () => {
  it('exports everything as attune-backup-<date>.json without the downloads permission', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:attune';
    });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    await openData();

    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));

    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]?.download).toMatch(/^attune-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(await (created[0] as Blob).text());
    expect(backup).toMatchObject({ app: 'attune', version: 2, templates: ['Hi {name}'], rotation, stats });
    expect(backup.contacts).toHaveLength(3);
  });

  it('clears stats only after confirming', async () => {
    await openData();

    fireEvent.click(screen.getByRole('button', { name: 'Clear stats' }));
    const confirm = screen.getByRole('group', { name: /Forget your daily history\?/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Clear stats' }));

    await waitFor(async () => expect(await storedLocal('stats')).toBeUndefined());
    expect(await storedLocal('contacts')).toHaveLength(3);
    expect(sent).toContainEqual({ type: 'clear-history' });
  });

  it('resets everything only after confirming', async () => {
    await openData();

    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    const confirm = screen.getByRole('group', { name: /Reset everything\?/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await storedLocal('contacts')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    const again = screen.getByRole('group', { name: /Reset everything\?/ });
    fireEvent.click(within(again).getByRole('button', { name: 'Reset everything' }));

    expect(await screen.findByText('Everything was reset. Attune starts fresh.')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(sent).toContainEqual({ type: 'reset' });
  });

  it('"Reset everything" gives back every host access granted: call services and custom sites alike', async () => {
    const meet = CALL_SERVICES.find((service) => service.id === 'meet')?.origins ?? [];
    const permissions = mockPermissions([...meet, 'https://calls.example.org/*']);
    await seedSettings({ callServices: ['meet'], callSites: ['https://calls.example.org/*'] });
    await openData();

    fireEvent.click(screen.getByRole('button', { name: 'Reset everything' }));
    const confirm = screen.getByRole('group', { name: /Reset everything\?/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset everything' }));

    expect(await screen.findByText('Everything was reset. Attune starts fresh.')).toBeTruthy();
    expect(meet.length).toBeGreaterThan(0);
    expect(permissions.has([...meet])).toBe(false);
    expect(permissions.has(['https://calls.example.org/*'])).toBe(false);
  });
});

describe('options: the decision log in the backup', () => {
  const saved = [{ at: Date.UTC(2025, 4, 6, 9), what: 'idle' }];
  const live = [...saved, { at: Date.UTC(2025, 4, 6, 10), what: 'deferred', detail: 'call' }];

  it('exports the log, the lines only the live session has included', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:attune';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ decisionLog: saved });
    await fakeBrowser.storage.session.set({ decisionLog: live });
    await openData();

    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));

    await waitFor(() => expect(created).toHaveLength(1));
    expect(JSON.parse(await (created[0] as Blob).text()).decisionLog).toEqual(live);
  });

  it('an import with a log restores exactly that log; one without keeps the current log', async () => {
    const restored = [{ at: Date.UTC(2025, 4, 1, 8), what: 'nudge', detail: 'badge' }];
    await fakeBrowser.storage.local.set({ decisionLog: saved });
    await fakeBrowser.storage.session.set({ decisionLog: live });
    const input = await openData();

    choose(input, JSON.stringify(good()));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await screen.findByText('Imported. Your data is restored.');
    expect(await readDecisionLog()).toEqual(expect.arrayContaining(saved));

    choose(input, JSON.stringify({ ...good(), decisionLog: restored }));
    expect(await screen.findByText('Why Attune nudged (or didn’t)')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply' }));
    await waitFor(async () => expect(await storedLocal('decisionLog')).toEqual(restored));
    expect(await readDecisionLog()).toEqual(restored);
  });
});
