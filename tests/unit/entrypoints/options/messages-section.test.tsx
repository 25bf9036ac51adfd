import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessagesSection } from '../../../../entrypoints/options/messages-section';
import { DEFAULT_TEMPLATE_KEYS } from '../../../../lib/people/templates';
import { messageIn } from '../../setup-i18n';
import { snapshot, storedLocal } from './helpers';

const DEFAULT_TEMPLATES_EN = DEFAULT_TEMPLATE_KEYS.map((key) => messageIn('en', key));

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = () => storedLocal<string[]>('templates');

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: 'Add a message' }));
  return screen.getByLabelText('Message');
}

describe('options: messages', () => {
  it('adds a message, showing {name} filled in as you type', async () => {
    render(<MessagesSection />);
    const field = await openEditor();

    fireEvent.input(field, { target: { value: 'Hey {name}, walk later?' } });
    expect(screen.getByText('Hey Sam, walk later?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save message' }));

    await waitFor(async () =>
      expect(await stored()).toEqual([...DEFAULT_TEMPLATES_EN, 'Hey {name}, walk later?']),
    );
    // The stored value and the status arrive in either order (the page also watches storage).
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
  });

  it('refuses a message over 500 characters and stores nothing', async () => {
    render(<MessagesSection />);
    const field = await openEditor();
    const before = await snapshot();

    fireEvent.input(field, { target: { value: 'a'.repeat(501) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save message' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Messages can be at most 500 characters (this one has 501).');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a 21st message', async () => {
    await fakeBrowser.storage.local.set({
      templates: Array.from({ length: 20 }, (_, i) => `Hi {name} ${i}`),
    });
    render(<MessagesSection />);
    const before = await snapshot();

    fireEvent.click(await screen.findByRole('button', { name: 'Add a message' }));

    expect((await screen.findByRole('alert')).textContent).toBe('You can keep up to 20 messages.');
    expect(await snapshot()).toBe(before);
  });

  it('edits and removes (after confirming) a message', async () => {
    await fakeBrowser.storage.local.set({ templates: ['One {name}', 'Two {name}'] });
    render(<MessagesSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Edit message 1' }));
    fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'Uno {name}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save message' }));
    await waitFor(async () => expect(await stored()).toEqual(['Uno {name}', 'Two {name}']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove message 2' }));
    fireEvent.click(within(screen.getByRole('group')).getByRole('button', { name: 'Remove' }));

    await waitFor(async () => expect(await stored()).toEqual(['Uno {name}']));
  });

  it('restores the defaults only after confirming', async () => {
    await fakeBrowser.storage.local.set({ templates: ['Mine {name}'] });
    render(<MessagesSection />);

    fireEvent.click(await screen.findByRole('button', { name: 'Restore defaults' }));
    const confirm = screen.getByRole('group', { name: /Replace your messages/ });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore defaults' }));

    await waitFor(async () => expect(await stored()).toEqual([...DEFAULT_TEMPLATES_EN]));
  });
});
