import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reflectionWords } from '../../../../components/reflection-words';
import { App } from '../../../../entrypoints/popup/app';
import { REFLECTIONS } from '../../../../lib/reflections';
import type { Status } from '../../../../platform/messages';

const MAYA = { id: 'maya', name: 'Maya', phone: '+15551234567', createdAt: 1 };
const SAM = { id: 'sam', name: 'Sam', email: 'sam@example.com', createdAt: 2, lastContactedAt: 5 };

const STATUS: Status = {
  solitaryMs: 72 * 60_000,
  minuteMs: 60_000,
  away: false,
  paused: false,
  pausedUntil: null,
  snoozedUntil: null,
  thresholdMin: 90,
};

let requests: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    requests.push(message);
    return Promise.resolve((message as { type: string }).type === 'status' ? STATUS : 'ok');
  });
});

afterEach(cleanup);

/** Reads one key of the fake local storage, typed loosely for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary stored shapes.
const local = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];

const reflectionText = () => document.querySelector('.reflection-text')?.textContent ?? null;

const sentTypes = () => requests.map((r) => (r as { type: string }).type).filter((t) => t !== 'status');

describe('popup', () => {
  it('says how long the person has been on their own, in words', async () => {
    render(<App />);

    expect(await screen.findByText('1 h 12 min on your own at the screen.')).toBeTruthy();
  });

  it('suggests whoever was reached least recently, with a drafted message naming them', async () => {
    await fakeBrowser.storage.local.set({ contacts: [SAM, MAYA] });

    render(<App />);

    expect(await screen.findByRole('heading', { name: 'Reach out to Maya?' })).toBeTruthy();
    expect((screen.getByLabelText('Your message to Maya') as HTMLTextAreaElement).value).toContain('Maya');
    expect(screen.getByRole('link', { name: 'Text' }).getAttribute('href')).toMatch(
      /^sms:\+15551234567\?body=/,
    );
  });

  it('lets the person switch to someone else and redrafts for them', async () => {
    await fakeBrowser.storage.local.set({ contacts: [SAM, MAYA] });
    render(<App />);
    const select = (await screen.findByLabelText('Choose someone else')) as HTMLSelectElement;

    fireEvent.change(select, { target: { value: 'sam' } });

    expect(await screen.findByRole('heading', { name: 'Reach out to Sam?' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email' }).getAttribute('href')).toMatch(
      /^mailto:sam@example\.com\?/,
    );
  });

  it('keeps an edited draft in the links it builds', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    const draft = await screen.findByLabelText('Your message to Maya');

    fireEvent.input(draft, { target: { value: 'Coffee & a walk? #soon' } });

    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Text' }).getAttribute('href')).toBe(
        'sms:+15551234567?body=Coffee%20%26%20a%20walk%3F%20%23soon',
      ),
    );
  });

  it('"I reached out" records a connection and updates when that person was last reached', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    await screen.findByRole('heading', { name: 'Reach out to Maya?' });

    fireEvent.click(screen.getByRole('button', { name: 'I reached out' }));

    expect(await screen.findByText('That matters. Your solitary time starts fresh.')).toBeTruthy();
    expect(sentTypes()).toEqual(['connected']);
    const contacts = await local('contacts');
    expect(contacts[0].lastContactedAt).toBeGreaterThan(Date.now() - 5_000);
  });

  it('using a channel asks next time whether they connected, and never assumes', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    const first = render(<App />);
    fireEvent.click(await screen.findByRole('link', { name: 'Text' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('pendingAsk')).pendingAsk).toBeTruthy(),
    );
    expect(sentTypes()).toEqual([]);
    first.unmount();

    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, we connected' }));

    await waitFor(() => expect(sentTypes()).toEqual(['connected']));
    expect((await fakeBrowser.storage.local.get('pendingAsk')).pendingAsk).toBeUndefined();
  });

  it('"Not yet" dismisses the question without recording anything', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [MAYA],
      pendingAsk: { contactId: 'maya', name: 'Maya', at: 1 },
    });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Not yet' }));

    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('pendingAsk')).pendingAsk).toBeUndefined(),
    );
    expect(sentTypes()).toEqual([]);
  });

  it.each([
    ['15 min', { type: 'snooze', minutes: 15 }],
    ['30 min', { type: 'snooze', minutes: 30 }],
    ['60 min', { type: 'snooze', minutes: 60 }],
    ['1 hour', { type: 'pause', span: 'hour' }],
    ['Rest of today', { type: 'pause', span: 'today' }],
  ])('"%s" asks the background to hold nudges back', async (label, request) => {
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: label }));

    await waitFor(() => expect(requests).toContainEqual(request));
  });

  it('while paused offers to resume', async () => {
    STATUS.paused = true;
    STATUS.pausedUntil = Date.now() + 3_600_000;
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Resume now' }));

    await waitFor(() => expect(requests).toContainEqual({ type: 'resume' }));
    STATUS.paused = false;
    STATUS.pausedUntil = null;
  });

  it('shows a credited reflection and moves on when asked for another, persisting the rotation', async () => {
    render(<App />);
    await waitFor(() => expect(reflectionText()).toBeTruthy());
    const first = reflectionText();

    fireEvent.click(screen.getByRole('button', { name: 'Another' }));

    await waitFor(() => expect(reflectionText()).not.toBe(first));
    expect(screen.getByText(/Jennifer Goggin, LPC, LMHC, SEP/)).toBeTruthy();
    const rotation = await local('rotation');
    expect(REFLECTIONS.find((r) => reflectionWords(r).text === reflectionText())?.id).toBe(
      rotation.order[rotation.index],
    );
  });

  it('keeps a favourite and hides one that does not speak to the person', async () => {
    render(<App />);
    await waitFor(() => expect(reflectionText()).toBeTruthy());
    const shown = reflectionText();
    const id = REFLECTIONS.find((r) => reflectionWords(r).text === shown)?.id;

    fireEvent.click(screen.getByRole('button', { name: '☆ Keep' }));
    await waitFor(async () => expect((await local('rotation')).favourites).toEqual([id]));
    fireEvent.click(screen.getByRole('button', { name: 'Hide this one' }));

    await waitFor(async () => expect((await local('rotation')).hidden).toEqual([id]));
    expect(reflectionText()).not.toBe(shown);
  });

  it('with no one saved, suggests someone to think of and adds a first person inline', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Who could you reach out to?' })).toBeTruthy();

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Ana' } });
    fireEvent.input(screen.getByLabelText('Phone or email'), { target: { value: 'not a phone' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('contacts')).contacts).toBeUndefined();
    fireEvent.input(screen.getByLabelText('Phone or email'), { target: { value: '+44 20 7946 0958' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('heading', { name: 'Reach out to Ana?' })).toBeTruthy();
    const contacts = await local('contacts');
    expect(contacts).toMatchObject([{ name: 'Ana', phone: '+442079460958' }]);
  });
});
