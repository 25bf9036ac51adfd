import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { checkNewCallSite, hostOfPattern, toCallSitePattern } from '../../../../lib/permissions';
import { inEnglish } from '../../setup-i18n';
import { mockPermissions, seedSettings, snapshot, storedSettings } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('toCallSitePattern', () => {
  it.each([
    ['meet.google.com', 'https://meet.google.com/*'],
    ['  Meet.Google.com  ', 'https://meet.google.com/*'],
    ['https://meet.google.com/abc-defg-hij?authuser=0', 'https://meet.google.com/*'],
    ['*.zoom.us', 'https://*.zoom.us/*'],
    ['web.whatsapp.com/', 'https://web.whatsapp.com/*'],
  ])('%j → %s', (input, pattern) => {
    expect(inEnglish(toCallSitePattern(input))).toEqual({ ok: true, value: pattern });
  });

  it.each([
    ['', 'Type a web address, like meet.google.com.'],
    ['http://meet.google.com', 'Attune only watches secure sites (addresses that start with https).'],
    ['chrome://settings', 'Attune only watches secure sites (addresses that start with https).'],
    ['localhost', 'That doesn’t look like a web address. Try something like meet.google.com.'],
    ['meet.google.com:8443', 'That doesn’t look like a web address. Try something like meet.google.com.'],
    ['user@meet.google.com', 'That doesn’t look like a web address. Try something like meet.google.com.'],
    ['*', 'That doesn’t look like a web address. Try something like meet.google.com.'],
  ])('refuses %j', (input, error) => {
    expect(inEnglish(toCallSitePattern(input))).toEqual({ ok: false, error });
  });

  it('refuses a site already listed and a 21st site', () => {
    const full = Array.from({ length: 20 }, (_, i) => `https://s${i}.example.com/*`);

    expect(inEnglish(checkNewCallSite(['https://zoom.us/*'], 'zoom.us'))).toEqual({
      ok: false,
      error: 'That site is already on the list.',
    });
    expect(inEnglish(checkNewCallSite(full, 'zoom.us'))).toEqual({
      ok: false,
      error: 'You can list up to 20 call sites.',
    });
    expect(hostOfPattern('https://*.zoom.us/*')).toBe('*.zoom.us');
  });
});

async function openOptions() {
  render(<App />);
  return screen.findByLabelText('Web address of a call or chat site');
}

describe('options: call sites', () => {
  it('asks for exactly that site and saves it once granted', async () => {
    const permissions = mockPermissions();
    const field = await openOptions();

    fireEvent.input(field, { target: { value: 'https://meet.google.com/abc-defg-hij' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://meet.google.com/*'] });
    await waitFor(async () =>
      expect((await storedSettings())?.callSites).toEqual(['https://meet.google.com/*']),
    );
    expect(await screen.findByText('Allowed')).toBeTruthy();
  });

  it('saves nothing when the browser does not grant it', async () => {
    const permissions = mockPermissions();
    permissions.request.mockResolvedValue(false);
    await seedSettings();
    const field = await openOptions();
    const before = await snapshot();

    fireEvent.input(field, { target: { value: 'zoom.us' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'zoom.us wasn’t added: the browser didn’t allow Attune to see it.',
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await snapshot()).toBe(before);
  });

  it('shows an invalid address inline without asking the browser', async () => {
    const permissions = mockPermissions();
    const field = await openOptions();

    fireEvent.input(field, { target: { value: 'http://zoom.us' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Attune only watches secure sites (addresses that start with https).');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(alert.id);
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('shows which listed sites are allowed here, and lets one be allowed', async () => {
    const permissions = mockPermissions(['https://zoom.us/*']);
    await seedSettings({ callSites: ['https://zoom.us/*', 'https://meet.google.com/*'] });
    await openOptions();

    expect(await screen.findByText('Allowed')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Allow meet.google.com' }));

    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://meet.google.com/*'] });
    await waitFor(() => expect(screen.getAllByText('Allowed')).toHaveLength(2));
  });

  it('gives the permission back when a site is removed', async () => {
    const permissions = mockPermissions(['https://zoom.us/*']);
    await seedSettings({ callSites: ['https://zoom.us/*'] });
    await openOptions();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove zoom.us' }));

    await waitFor(() => expect(permissions.remove).toHaveBeenCalledWith({ origins: ['https://zoom.us/*'] }));
    await waitFor(async () => expect((await storedSettings())?.callSites).toEqual([]));
  });
});
