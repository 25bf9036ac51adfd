import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { checkNewCallSite, hostOfPattern, toCallSitePattern } from '../../../../lib/settings/permissions';
import { isPublicSuffix } from '../../../../lib/settings/public-suffix';
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

    expect(inEnglish(checkNewCallSite(['https://zoom.us/*'], 'zoom.us', isPublicSuffix))).toEqual({
      ok: false,
      error: 'That site is already on the list.',
    });
    expect(inEnglish(checkNewCallSite(full, 'zoom.us', isPublicSuffix))).toEqual({
      ok: false,
      error: 'You can list up to 20 call sites.',
    });
    expect(hostOfPattern('https://*.zoom.us/*')).toBe('*.zoom.us');
  });
});

describe('call sites over a public suffix', () => {
  it.each([
    ['*.co.uk', 'co.uk'],
    ['*.github.io', 'github.io'],
    ['https://*.blogspot.com/', 'blogspot.com'],
    ['*.s3.amazonaws.com', 's3.amazonaws.com'],
  ])('refuses %j: every site under %s would count', (input, suffix) => {
    expect(inEnglish(checkNewCallSite([], input, isPublicSuffix))).toEqual({
      ok: false,
      error: `*.${suffix} would cover every site under ${suffix}, which belong to many different owners. Add the call service’s own address instead, like meet.google.com.`,
    });
  });

  it.each([
    ['*.zoom.us', 'https://*.zoom.us/*'],
    ['*.bbc.co.uk', 'https://*.bbc.co.uk/*'],
    ['*.myteam.github.io', 'https://*.myteam.github.io/*'],
    ['github.io', 'https://github.io/*'],
  ])('accepts %j (one owner’s sites)', (input, pattern) => {
    expect(checkNewCallSite([], input, isPublicSuffix)).toEqual({ ok: true, value: pattern });
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

  it('refuses a wildcard over a public suffix with a clear message, asking the browser nothing', async () => {
    const permissions = mockPermissions();
    const field = await openOptions();

    fireEvent.focus(field);
    fireEvent.input(field, { target: { value: '*.github.io' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^\*\.github\.io would cover every site/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(permissions.request).not.toHaveBeenCalled();
    expect((await storedSettings())?.callSites ?? []).toEqual([]);
  });

  it('adds a wildcard over one owner’s sites', async () => {
    const permissions = mockPermissions();
    const field = await openOptions();

    fireEvent.focus(field);
    fireEvent.input(field, { target: { value: '*.zoom.us' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add site' }));

    await waitFor(() =>
      expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://*.zoom.us/*'] }),
    );
    await waitFor(async () => expect((await storedSettings())?.callSites).toEqual(['https://*.zoom.us/*']));
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

describe('options: call services', () => {
  const ZOOM = ['https://*.zoom.us/*'];
  const MEET = ['https://meet.google.com/*'];

  /** A click as the browser sees it: a user gesture only while the click is being handled. */
  let inGesture = false;
  function click(element: HTMLElement) {
    inGesture = true;
    try {
      fireEvent.click(element);
    } finally {
      inGesture = false;
    }
  }

  /** Like Firefox: a request made outside the person's gesture (after an await) is refused. */
  function gestureOnly(permissions: ReturnType<typeof mockPermissions>, answer = true) {
    const grant = permissions.request.getMockImplementation();
    permissions.request.mockImplementation(async (asked) => {
      if (!inGesture) throw new Error('permissions.request may only be called from a user input handler');
      return answer ? (grant?.(asked) ?? true) : false;
    });
  }

  const toggle = async (name: string) => (await screen.findByLabelText(name)) as HTMLInputElement;

  it('asks for exactly the service’s origins in the click itself, then saves it as on', async () => {
    const permissions = mockPermissions();
    gestureOnly(permissions);
    await seedSettings();
    await openOptions();
    const zoom = await toggle('Zoom');
    expect(zoom.checked).toBe(false);

    click(zoom);

    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ZOOM });
    await waitFor(async () => expect((await storedSettings())?.callServices).toEqual(['zoom']));
    expect(permissions.has(ZOOM)).toBe(true);
    expect((await toggle('Zoom')).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays off with a clear message when the browser doesn’t allow it, and saves nothing', async () => {
    const permissions = mockPermissions();
    gestureOnly(permissions, false);
    await seedSettings();
    await openOptions();
    const before = await snapshot();

    click(await toggle('Zoom'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Zoom wasn’t turned on: the browser didn’t allow it.',
    );
    expect((await toggle('Zoom')).checked).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await snapshot()).toBe(before);
  });

  it('turning one off removes it and gives back only its own origins', async () => {
    const permissions = mockPermissions([...MEET, ...ZOOM]);
    await seedSettings({ callServices: ['meet', 'zoom'] });
    await openOptions();
    await waitFor(async () => expect((await toggle('Zoom')).checked).toBe(true));

    click(await toggle('Zoom'));

    await waitFor(async () => expect((await storedSettings())?.callServices).toEqual(['meet']));
    expect(permissions.remove).toHaveBeenCalledWith({ origins: ZOOM });
    expect(permissions.has(MEET)).toBe(true);
    expect((await toggle('Zoom')).checked).toBe(false);
    expect((await toggle('Google Meet')).checked).toBe(true);
  });

  it('keeps a permission that another call site still needs', async () => {
    const permissions = mockPermissions(MEET);
    await seedSettings({ callServices: ['meet'], callSites: MEET });
    await openOptions();
    await waitFor(async () => expect((await toggle('Google Meet')).checked).toBe(true));

    click(await toggle('Google Meet'));
    await waitFor(async () => expect((await storedSettings())?.callServices).toEqual([]));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove meet.google.com' }));
    await waitFor(async () => expect((await storedSettings())?.callSites).toEqual([]));

    expect(permissions.remove).toHaveBeenCalledTimes(1);
    expect(permissions.remove).toHaveBeenCalledWith({ origins: MEET });
  });

  it('a custom site removed while its service is on keeps the service’s permission', async () => {
    const permissions = mockPermissions(MEET);
    await seedSettings({ callServices: ['meet'], callSites: MEET });
    await openOptions();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove meet.google.com' }));

    await waitFor(async () => expect((await storedSettings())?.callSites).toEqual([]));
    expect(permissions.remove).not.toHaveBeenCalled();
    expect((await toggle('Google Meet')).checked).toBe(true);
  });

  it('turns off by itself when the permission is removed elsewhere while the page is open', async () => {
    const permissions = mockPermissions(ZOOM);
    await seedSettings({ callServices: ['zoom'] });
    await openOptions();
    await waitFor(async () => expect((await toggle('Zoom')).checked).toBe(true));

    permissions.revoke(ZOOM);

    await waitFor(async () => expect((await toggle('Zoom')).checked).toBe(false));
    expect(screen.getByText('Not allowed in this browser yet.')).toBeTruthy();
  });

  it('shows a service listed but not allowed in this browser as off', async () => {
    mockPermissions();
    await seedSettings({ callServices: ['discord'] });
    await openOptions();

    await screen.findByText('Not allowed in this browser yet.');
    expect((await toggle('Discord')).checked).toBe(false);
  });
});
