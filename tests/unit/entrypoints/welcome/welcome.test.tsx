import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/welcome/app';
import type { Contact } from '../../../../lib/contacts';
import type { Settings } from '../../../../lib/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

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

  it('adds one person with the shared form', async () => {
    render(<App />);

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Maya' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '+44 7700 900123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    expect(
      await screen.findByText('Maya is on your list. You can add more people in settings.'),
    ).toBeTruthy();
    expect(await contacts()).toMatchObject([{ name: 'Maya', phone: '+447700900123' }]);
  });

  it('lets the person skip adding someone', async () => {
    render(<App />);

    fireEvent.click(screen.getByRole('button', { name: 'Skip for now' }));

    expect(screen.getByText('No problem. You can add people any time in settings.')).toBeTruthy();
    expect(await contacts()).toBeUndefined();
  });

  it('finishes with the shortcut and where the toolbar button is', async () => {
    render(<App />);

    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));

    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('You’re set');
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText(/Open it any time with/).textContent).toContain('Alt+Shift+A');
    expect(screen.getByText(/puzzle-piece/).textContent).toContain('pin Attune');
  });
});
