import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { mockPermissions } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  mockPermissions();
});
afterEach(cleanup);

const failure = { at: new Date(2026, 10, 30, 14, 32).getTime(), message: 'QUOTA_BYTES quota exceeded' };
const banner = () => screen.queryByText(/Attune couldn’t save to this device/);

describe('options: the background’s failed saves are never silent', () => {
  it('shows the last failed save as a banner while it is there', async () => {
    await fakeBrowser.storage.session.set({ saveError: failure });

    render(<App />);

    const alert = await screen.findByText(/Attune couldn’t save to this device/);
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(
      'Attune couldn’t save to this device at 2:32 PM (QUOTA_BYTES quota exceeded). It keeps going and tries again at the next change. If this stays, the disk may be full.',
    );
  });

  it('appears when a save fails while the page is open, and goes once a save succeeds', async () => {
    render(<App />);
    await screen.findByLabelText('Nudge after (minutes alone at the screen)');
    expect(banner()).toBeNull();

    await fakeBrowser.storage.session.set({ saveError: failure });
    await waitFor(() => expect(banner()).not.toBeNull());
    await fakeBrowser.storage.session.remove('saveError');

    await waitFor(() => expect(banner()).toBeNull());
  });
});
