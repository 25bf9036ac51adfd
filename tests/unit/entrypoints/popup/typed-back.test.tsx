import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/popup/app';
import { STATUS_BELOW_THRESHOLD } from './status-fixture';

let clipboard: string[];
let requests: string[];

/** Where the popup was opened (happy-dom's own setter: its navigation is off in this suite). */
function setUrl(file: string): void {
  // biome-ignore lint/suspicious/noExplicitAny: happy-dom's window API is not in the DOM types.
  (window as any).happyDOM.setURL(`chrome-extension://attune/${file}`);
}

beforeEach(async () => {
  fakeBrowser.reset();
  clipboard = [];
  requests = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type: string }).type;
    requests.push(type);
    return Promise.resolve(type === 'status' ? STATUS_BELOW_THRESHOLD : 'ok');
  });
  // biome-ignore lint/suspicious/noExplicitAny: the fake has no platform info; the popup asks for it.
  (fakeBrowser.runtime as any).getPlatformInfo = () => Promise.resolve({ os: 'linux', arch: 'x86-64' });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });
  await fakeBrowser.storage.local.set({ contacts: [{ id: 'maya', name: 'Maya', createdAt: 1 }] });
});

afterEach(cleanup);

/** Keys as they land on the card while the person thinks they are typing in their page. */
function type(text: string) {
  for (const key of text) fireEvent.keyDown(document.activeElement ?? document.body, { key });
}

describe('keys that land in a card Attune opened by itself', () => {
  beforeEach(() => setUrl('popup.html?nudge=1'));

  it('says how many characters it caught, shows them, and copies them with one click', async () => {
    render(<App />);
    await screen.findByRole('button', { name: 'Show who and the message' });

    type('see you at 5');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    type('ok');

    expect(
      await screen.findByText('You were typing: Attune caught 15 characters, and none did anything here.'),
    ).toBeTruthy();
    expect(document.querySelector('.typed-back-text')?.textContent).toBe('see you at 5\nok');
    fireEvent.click(screen.getByRole('button', { name: 'Copy what you typed' }));
    await waitFor(() => expect(clipboard).toEqual(['see you at 5\nok']));
    expect(await screen.findByText('Copied. Paste it where you meant it.')).toBeTruthy();
    expect(requests.filter((r) => r !== 'status')).toEqual([]); // nothing acted on the keys
  });

  it('keeps their own corrections, and catches nothing after their first click', async () => {
    render(<App />);
    const show = await screen.findByRole('button', { name: 'Show who and the message' });

    type('helo');
    fireEvent.keyDown(document.body, { key: 'Backspace' });
    type('p');
    fireEvent.pointerDown(show);
    type('xyz');

    await waitFor(() => expect(document.querySelector('.typed-back-text')?.textContent).toBe('help'));
  });

  it('keeps only the words and the button once the person has revealed the names', async () => {
    render(<App />);
    await screen.findByRole('button', { name: 'Show who and the message' });
    type('brb');

    fireEvent.click(await screen.findByRole('button', { name: 'Show who and the message' }));

    await screen.findByRole('heading', { name: 'Reach out to Maya' });
    expect(document.querySelector('.typed-back-text')?.textContent).toBe('brb');
    expect(screen.queryByText(/You were typing/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy what you typed' })).toBeTruthy();
  });

  it('says nothing when no key landed', async () => {
    render(<App />);
    await screen.findByRole('button', { name: 'Show who and the message' });

    expect(document.querySelector('.typed-back')).toBeNull();
  });
});

describe('a card the person opened themselves', () => {
  it('catches nothing: their keys are theirs to use', async () => {
    setUrl('popup.html');
    render(<App />);
    await screen.findByText('1 h 12 min on your own at the screen.');

    type('abc');

    expect(document.querySelector('.typed-back')).toBeNull();
  });
});

describe('the popup page Attune opened, before its card has rendered', () => {
  it('catches what is typed while its reads are on their way, and gives it back once the card is up', async () => {
    setUrl('popup.html?nudge=1');
    document.body.innerHTML = '<div id="app"></div>';
    let answerStatus: (status: unknown) => void = () => undefined;
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type: string }).type === 'status'
        ? new Promise((resolve) => {
            answerStatus = resolve;
          })
        : Promise.resolve('ok'),
    );

    // biome-ignore lint/suspicious/noExplicitAny: the fake has no tabs.getCurrent; a popup has no tab.
    (fakeBrowser.tabs as any).getCurrent = () => Promise.resolve(undefined);
    await import('../../../../entrypoints/popup/main');
    expect(document.querySelector('.reflection-text')).toBeNull(); // nothing rendered yet
    type('on my way');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    document.body.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    answerStatus(STATUS_BELOW_THRESHOLD);

    await waitFor(() => expect(document.querySelector('.typed-back-text')?.textContent).toBe('on my way\n'));
    expect(screen.getByText(/Attune caught 10 characters/)).toBeTruthy();
  });
});
