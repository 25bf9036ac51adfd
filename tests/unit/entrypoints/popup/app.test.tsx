import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, loadPopup } from '../../../../entrypoints/popup/app';
import { REFLECTIONS } from '../../../../lib/reflections/reflections';
import { reflectionWords } from '../../../../platform/pages/reflection-words';
import { clockTime } from '../../../../platform/shared/i18n';
import type { Status } from '../../../../platform/shared/messages';
import { STATUS_BELOW_THRESHOLD } from './status-fixture';

const MAYA = {
  id: 'maya',
  name: 'Maya',
  phone: '+15551234567',
  preferred: 'whatsapp' as const,
  createdAt: 1,
};
/** Maya with a phone number and no answer to "How do you usually message her?". */
const MAYA_PHONE_ONLY = { id: 'maya', name: 'Maya', phone: '+15551234567', createdAt: 1 };
const SAM = { id: 'sam', name: 'Sam', email: 'sam@example.com', createdAt: 2, lastContactedAt: 5 };

let STATUS: Status;

let requests: unknown[];
let os: string;
let clipboard: string[];

beforeEach(() => {
  fakeBrowser.reset();
  STATUS = { ...STATUS_BELOW_THRESHOLD };
  requests = [];
  os = 'linux';
  clipboard = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    requests.push(message);
    return Promise.resolve((message as { type: string }).type === 'status' ? STATUS : 'ok');
  });
  // biome-ignore lint/suspicious/noExplicitAny: the fake has no platform info; the popup asks for it.
  (fakeBrowser.runtime as any).getPlatformInfo = () => Promise.resolve({ os, arch: 'x86-64' });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });
  setUrl('popup.html');
});

/** Where the popup was opened (happy-dom's own setter: its navigation is off in this suite). */
function setUrl(file: string): void {
  // biome-ignore lint/suspicious/noExplicitAny: happy-dom's window API is not in the DOM types.
  (window as any).happyDOM.setURL(`chrome-extension://attune/${file}`);
}

afterEach(cleanup);

/** Reads one key of the fake local storage, typed loosely for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary stored shapes.
const local = async (key: string): Promise<any> => (await fakeBrowser.storage.local.get(key))[key];

const reflectionText = () => document.querySelector('.reflection-text')?.textContent ?? null;

const sentTypes = () => requests.map((r) => (r as { type: string }).type).filter((t) => t !== 'status');

const primaries = () => [...document.querySelectorAll('.primary')];

describe('popup', () => {
  it('says how long the person has been on their own, in words', async () => {
    render(<App />);

    expect(await screen.findByText('1 h 12 min on your own at the screen.')).toBeTruthy();
  });

  const seven = new Date(2026, 0, 1, 7, 0).getTime();
  const halfPastTwo = new Date(2026, 0, 1, 14, 30).getTime();
  it.each<[string, Partial<Status>, string]>([
    ['quiet hours', { quietUntil: seven }, `quiet hours until ${clockTime(seven)}`],
    ['a call', { inCall: true }, 'in a call, so Attune stays quiet'],
    ['the daily cap', { deferredBy: 'daily-cap' }, 'no more nudges today'],
    ['a snooze', { snoozedUntil: halfPastTwo }, `snoozed until ${clockTime(halfPastTwo)}`],
  ])('says why Attune is quiet: %s', async (_name, change, words) => {
    STATUS = { ...STATUS, ...change };

    render(<App />);

    expect(
      await screen.findByText(new RegExp(`^1 h 12 min on your own at the screen · ${words}\\.$`)),
    ).toBeTruthy();
  });

  it('suggests whoever was reached least recently, with a drafted message naming them', async () => {
    await fakeBrowser.storage.local.set({ contacts: [SAM, MAYA] });

    render(<App />);

    expect(await screen.findByLabelText('Reach out to')).toBeTruthy();
    expect((screen.getByLabelText('Reach out to') as HTMLSelectElement).value).toBe('maya');
    expect((screen.getByLabelText('Your message to Maya') as HTMLTextAreaElement).value).toContain('Maya');
  });

  it('opens on the people it can show when the stored list holds something that is not a person', async () => {
    await fakeBrowser.storage.local.set({ contacts: [null, 'Sam', { name: 'No id' }, MAYA] });

    render(<App />);

    expect(await screen.findByRole('heading', { name: 'Reach out to Maya' })).toBeTruthy();
  });

  it.each([
    ['mac', 'Message Maya by text message', /^sms:\+15551234567\?body=/],
    ['linux', 'Message Maya via WhatsApp', /^https:\/\/wa\.me\/15551234567\?text=/],
    ['win', 'Message Maya via WhatsApp', /^https:\/\/wa\.me\/15551234567\?text=/],
  ])(
    'on %s, for someone who prefers WhatsApp, the one filled button is "%s"',
    async (platform, name, href) => {
      os = platform;
      await fakeBrowser.storage.local.set({ contacts: [platform === 'mac' ? MAYA_PHONE_ONLY : MAYA] });

      render(<App />);

      const send = await screen.findByRole('link', { name });
      expect(send.getAttribute('href')).toMatch(href);
      expect(primaries()).toEqual([send]);
    },
  );

  it.each(['linux', 'win'])(
    'on %s, a phone number alone assumes no WhatsApp: copy and QR',
    async (platform) => {
      os = platform;
      await fakeBrowser.storage.local.set({ contacts: [MAYA_PHONE_ONLY] });

      render(<App />);

      expect(await screen.findByRole('button', { name: /^Message Maya .*QR code/ })).toBeTruthy();
      expect(screen.queryByRole('link', { name: /WhatsApp/ })).toBeNull();
    },
  );

  it('shows the card when the background never answers: the reflection and the person, no status', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onMessage.addListener(() => new Promise(() => undefined)); // a worker that hangs
    const started = Date.now();

    render(<App />);

    await waitFor(() => expect(reflectionText()).not.toBeNull(), { timeout: 4_000 });
    expect(Date.now() - started).toBeLessThan(3_500);
    expect(screen.getByRole('link', { name: 'Message Maya via WhatsApp' })).toBeTruthy();
  });

  it('fills in a status that came too late for the first render, once the background answers', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    fakeBrowser.runtime.onMessage.removeAllListeners();
    let answered = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      answered += 1;
      // The first request waits past the card's wait; the one asked again answers at once.
      return answered === 1 ? new Promise(() => undefined) : Promise.resolve(STATUS);
    });

    render(<App />);

    expect(
      await screen.findByText('1 h 12 min on your own at the screen.', {}, { timeout: 4_000 }),
    ).toBeTruthy();
  });

  it('on Linux, offers no sms: or tel: link at all, even one step away', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: /^Other ways/ }));

    const hrefs = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((href) => href.startsWith('https://signal.me/'))).toBe(true);
    expect(hrefs.filter((href) => /^(sms|tel):/.test(href))).toEqual([]);
  });

  it('the person opening it lands on the one filled button', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });

    render(<App />);

    const send = await screen.findByRole('link', { name: 'Message Maya via WhatsApp' });
    await waitFor(() => expect(document.activeElement).toBe(send));
  });

  it('lets the person switch to someone else and redrafts for them', async () => {
    await fakeBrowser.storage.local.set({ contacts: [SAM, MAYA] });
    render(<App />);
    const select = (await screen.findByLabelText('Reach out to')) as HTMLSelectElement;

    fireEvent.change(select, { target: { value: 'sam' } });

    expect((await screen.findByLabelText('Your message to Sam')) as HTMLTextAreaElement).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Message Sam by email' }).getAttribute('href')).toMatch(
      /^mailto:sam@example\.com\?/,
    );
  });

  it('keeps an edited draft in the links it builds, one step away too (on Windows, through Phone Link)', async () => {
    os = 'win';
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    const draft = await screen.findByLabelText('Your message to Maya');

    fireEvent.input(draft, { target: { value: 'Coffee & a walk? #soon' } });
    fireEvent.click(screen.getByRole('button', { name: /^Other ways/ }));

    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Text (opens Phone Link)' }).getAttribute('href')).toBe(
        'sms:+15551234567?body=Coffee%20%26%20a%20walk%3F%20%23soon',
      ),
    );
    expect(screen.getByRole('link', { name: 'Text (opens Phone Link)' }).getAttribute('target')).toBeNull();
  });

  it('a channel copies the draft before it opens anything, says so, and opens an app link in no tab', async () => {
    os = 'mac';
    await fakeBrowser.storage.local.set({ contacts: [MAYA_PHONE_ONLY] });
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    render(<App />);
    const send = await screen.findByRole('link', { name: 'Message Maya by text message' });

    fireEvent.click(send);

    expect(await screen.findByText('Message copied.')).toBeTruthy();
    expect(clipboard).toEqual([(screen.getByLabelText('Your message to Maya') as HTMLTextAreaElement).value]);
    expect(send.getAttribute('target')).toBeNull();
    expect(opened).not.toHaveBeenCalled();
    opened.mockRestore();
  });

  it('without a web channel on a desktop, the filled button copies and shows a QR code', async () => {
    await fakeBrowser.storage.local.set({ contacts: [{ ...MAYA, phone: '020 7946 0958' }] });
    render(<App />);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Message Maya copies it, with a QR code for your phone' }),
    );

    expect(await screen.findByText('Message copied.')).toBeTruthy();
    expect(document.querySelector('#qr')).toBeTruthy();
  });

  it('"I reached out" records a connection and updates when that person was last reached', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    await screen.findByRole('heading', { name: 'Reach out to Maya' });

    fireEvent.click(screen.getByRole('button', { name: 'I reached out' }));

    expect(await screen.findByText('That matters. Your solitary time starts fresh.')).toBeTruthy();
    expect(sentTypes()).toEqual(['connected']);
    const contacts = await local('contacts');
    expect(contacts[0].lastContactedAt).toBeGreaterThan(Date.now() - 5_000);
    expect(primaries()).toHaveLength(1);
  });

  it('using a channel asks next time whether they connected, in place of the reach-out block', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    vi.spyOn(window, 'open').mockImplementation(() => null);
    const first = render(<App />);
    fireEvent.click(await screen.findByRole('link', { name: 'Message Maya via WhatsApp' }));
    await waitFor(async () => expect(await local('pendingAsk')).toBeTruthy());
    expect(sentTypes()).toEqual([]);
    first.unmount();

    render(<App />);
    const yes = await screen.findByRole('button', { name: 'Yes, we connected' });
    expect(screen.queryByLabelText('Your message to Maya')).toBeNull();
    expect(screen.queryByRole('button', { name: 'I reached out' })).toBeNull();
    fireEvent.click(yes);

    await waitFor(() => expect(sentTypes()).toEqual(['connected']));
    expect(await local('pendingAsk')).toBeUndefined();
  });

  it('one connection is counted once, however many times it is said', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [MAYA],
      pendingAsk: { contactId: 'maya', name: 'Maya', at: 1 },
    });
    render(<App />);
    const yes = await screen.findByRole('button', { name: 'Yes, we connected' });

    fireEvent.click(yes);
    fireEvent.click(yes);
    await screen.findByText('That matters. Your solitary time starts fresh.');

    expect(screen.queryByRole('button', { name: 'I reached out' })).toBeNull();
    expect(sentTypes()).toEqual(['connected']);
  });

  it('"Not yet" dismisses the question without recording anything', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [MAYA],
      pendingAsk: { contactId: 'maya', name: 'Maya', at: 1 },
    });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Not yet' }));

    await waitFor(async () => expect(await local('pendingAsk')).toBeUndefined());
    expect(sentTypes()).toEqual([]);
    expect(screen.getByLabelText('Your message to Maya')).toBeTruthy();
  });

  it('a failed save is said, not swallowed', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    await screen.findByRole('heading', { name: 'Reach out to Maya' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));

    fireEvent.click(screen.getByRole('button', { name: 'I reached out' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Couldn’t save: QUOTA_BYTES quota exceeded');
    expect(sentTypes()).toEqual([]);
    vi.restoreAllMocks();
  });

  it("shows the background's last failed save", async () => {
    await fakeBrowser.storage.session.set({ saveError: { at: Date.now(), message: 'disk full' } });

    render(<App />);

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Attune couldn’t save at .+ \(disk full\)\./,
    );
  });

  it.each([
    ['15 min', { type: 'snooze', minutes: 15 }],
    ['30 min', { type: 'snooze', minutes: 30 }],
    ['60 min', { type: 'snooze', minutes: 60 }],
    ['1 hour', { type: 'pause', span: 'hour' }],
    ['Rest of today', { type: 'pause', span: 'today' }],
  ])('"Not now ▾" then "%s" asks the background to hold nudges back', async (label, request) => {
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Not now ▾' }));
    fireEvent.click(await screen.findByRole('button', { name: label }));

    await waitFor(() => expect(requests).toContainEqual(request));
  });

  it('opens one disclosure at a time: "Not now ▾" closes the other ways', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /^Other ways/ }));
    expect(await screen.findByRole('link', { name: 'Signal' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Not now ▾' }));

    expect(await screen.findByRole('button', { name: 'I wasn’t alone' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Signal' })).toBeNull();
  });

  it('while paused offers to resume', async () => {
    STATUS = { ...STATUS, paused: true, pausedUntil: Date.now() + 3_600_000 };
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Resume now' }));

    await waitFor(() => expect(requests).toContainEqual({ type: 'resume' }));
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
    fireEvent.click(screen.getByRole('button', { name: 'More about this reflection' }));
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
    expect(await local('contacts')).toBeUndefined();
    fireEvent.input(screen.getByLabelText('Phone or email'), { target: { value: '+44 20 7946 0958' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('heading', { name: 'Reach out to Ana' })).toBeTruthy();
    expect(await local('contacts')).toMatchObject([{ name: 'Ana', phone: '+442079460958' }]);
  });
});

describe('popup loaded before its first render (as entrypoints/popup/main.tsx opens it)', () => {
  it('renders the reflection and the prompt in that render, asks once, and moves the rotation on once', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    const first = await loadPopup();

    render(<App first={first} />);

    expect(screen.getByRole('heading', { name: 'Reach out to Maya' })).toBeTruthy();
    expect(REFLECTIONS.find((r) => reflectionWords(r).text === reflectionText())?.id).toBe(
      first.rotation.order[first.rotation.index],
    );
    await waitFor(async () => expect(await local('rotation')).toEqual(first.rotation));
    expect(requests.filter((r) => (r as { type: string }).type === 'status')).toHaveLength(1);
  });

  it('with no one saved, has the quick-add form in that render', async () => {
    const first = await loadPopup();

    render(<App first={first} />);

    expect(screen.getByRole('heading', { name: 'Who could you reach out to?' })).toBeTruthy();
  });

  it('opened by a nudge, keeps names hidden and focuses the heading', async () => {
    setUrl('popup.html?nudge=1');
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    const first = await loadPopup();

    render(<App first={first} />);

    expect(screen.getByRole('button', { name: 'Show who and the message' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('Maya');
    expect(document.activeElement?.tagName).toBe('H1');
  });
});

describe('popup opened by a nudge (popup.html?nudge=1)', () => {
  beforeEach(() => setUrl('popup.html?nudge=1'));

  it('hides names and the draft until one deliberate click, and focuses nothing that acts', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);

    const show = await screen.findByRole('button', { name: 'Show who and the message' });
    expect(document.body.textContent).not.toContain('Maya');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H1'));
    fireEvent.click(show);

    expect(await screen.findByRole('heading', { name: 'Reach out to Maya' })).toBeTruthy();
  });

  it('shows names at once when the person chose so in options', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    await fakeBrowser.storage.sync.set({ settings: { namesOnNudge: true } });

    render(<App />);

    expect(await screen.findByRole('heading', { name: 'Reach out to Maya' })).toBeTruthy();
    expect(document.activeElement?.tagName).toBe('H1');
  });

  it('Enter and Space pressed while the card appears do nothing', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    const show = await screen.findByRole('button', { name: 'Show who and the message' });

    const enter = fireEvent.keyDown(show, { key: 'Enter' });
    const space = fireEvent.keyDown(show, { key: ' ' });

    expect(enter).toBe(false); // default prevented
    expect(space).toBe(false);
  });

  it('swallows Enter from the first render, before anything stored has arrived', () => {
    render(<App />);

    expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull(); // the read is still out
    expect(fireEvent.keyDown(document.body, { key: 'Enter' })).toBe(false); // default prevented
  });

  it('leads with the reflection and the one action; the only way to decline is "Not now ▾" at the bottom', async () => {
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    const show = await screen.findByRole('button', { name: 'Show who and the message' });

    const controls = [...document.querySelectorAll('main button, main a')].map((e) => e.textContent);
    expect(controls.indexOf('Not now ▾')).toBe(controls.length - 1);
    expect(controls.filter((t) => /Not now|wasn’t alone|Less often|Later/.test(t ?? ''))).toEqual([
      'Not now ▾',
    ]);
    const reflection = document.querySelector('.reflection');
    expect(reflection?.compareDocumentPosition(show) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it.each([
    ['Not now', 'not-now', 'Noted.'],
    ['I wasn’t alone', 'not-alone', 'nothing was counted as a reach-out.'],
    ['Less often', 'less-often', 'Noted. Attune will wait longer.'],
  ])(
    '"Not now ▾" → "%s" tells the background and says when Attune may come back',
    async (label, type, said) => {
      const notBefore = new Date(2026, 0, 1, 15, 40).getTime();
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'Not now ▾' }));
      STATUS = { ...STATUS, next: { kind: 'after', aloneMs: 120 * 60_000, notBefore } };

      fireEvent.click(await screen.findByRole('button', { name: label }));

      await waitFor(() => expect(sentTypes()).toEqual([type]));
      expect(
        await screen.findByText(
          `${said} Next check-in after 2 h alone, not before ${clockTime(notBefore)}.`,
          {
            exact: false,
          },
        ),
      ).toBeTruthy();
    },
  );

  it('after a snooze and a pause, says when Attune may come back', async () => {
    const at = new Date(2026, 0, 1, 15, 40).getTime();
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now ▾' }));
    STATUS = { ...STATUS, next: { kind: 'after', aloneMs: null, notBefore: at } };

    fireEvent.click(await screen.findByRole('button', { name: '30 min' }));

    expect(
      await screen.findByText(`Snoozed for 30 min. Next check-in not before ${clockTime(at)}.`),
    ).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'Not now ▾' }));
    STATUS = { ...STATUS, next: { kind: 'paused', until: at, restOfDay: true } };
    fireEvent.click(await screen.findByRole('button', { name: 'Rest of today' }));

    expect(await screen.findByText('Paused for the rest of today.')).toBeTruthy();
  });

  it('a question left from last time waits for the person’s own opening: the nudge keeps its prompt', async () => {
    await fakeBrowser.storage.local.set({
      contacts: [MAYA],
      pendingAsk: { contactId: 'maya', name: 'Maya', at: 1 },
    });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Show who and the message' }));

    expect(await screen.findByLabelText('Your message to Maya')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, we connected' })).toBeNull();
    expect(await local('pendingAsk')).toEqual({ contactId: 'maya', name: 'Maya', at: 1 });
  });
});

describe('popup before the threshold', () => {
  it('says when a nudge could come at the earliest', async () => {
    const notBefore = new Date(2026, 0, 1, 15, 40).getTime();
    STATUS = { ...STATUS, next: { kind: 'after', aloneMs: 90 * 60_000, notBefore } };

    render(<App />);

    expect(
      await screen.findByText(`Next check-in after 1 h 30 min alone, not before ${clockTime(notBefore)}.`),
    ).toBeTruthy();
  });
});

describe('after reaching out', () => {
  it('says once when the next check-in may come', async () => {
    const notBefore = new Date(2026, 0, 1, 15, 40).getTime();
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    render(<App />);
    await screen.findByRole('heading', { name: 'Reach out to Maya' });
    STATUS = { ...STATUS, solitaryMs: 0, next: { kind: 'after', aloneMs: 90 * 60_000, notBefore } };

    fireEvent.click(screen.getByRole('button', { name: 'I reached out' }));

    await screen.findByText('That matters. Your solitary time starts fresh.');
    const said = `Next check-in after 1 h 30 min alone, not before ${clockTime(notBefore)}.`;
    await waitFor(() => expect(screen.getAllByText(said)).toHaveLength(1));
  });
});

describe('a preview of the nudge (popup.html?nudge=1&preview=1)', () => {
  beforeEach(() => setUrl('popup.html?nudge=1&preview=1'));

  it('changes nothing, whatever is pressed', async () => {
    vi.spyOn(window, 'open').mockImplementation(() => null);
    await fakeBrowser.storage.local.set({ contacts: [MAYA] });
    await fakeBrowser.storage.sync.set({ settings: { thresholdMin: 90 } });
    const before = {
      local: await fakeBrowser.storage.local.get(),
      sync: await fakeBrowser.storage.sync.get(),
    };
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show who and the message' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Message Maya via WhatsApp' }));
    await screen.findByText('Message copied.');
    fireEvent.click(screen.getByRole('button', { name: '☆ Keep' }));
    fireEvent.click(screen.getByRole('button', { name: 'Another' }));
    const answers = ['Not now', 'I wasn’t alone', 'Less often', '15 min', '1 hour', 'Rest of today'];

    for (const label of answers) {
      fireEvent.click(screen.getByRole('button', { name: 'Not now ▾' }));
      fireEvent.click(await screen.findByRole('button', { name: label }));
      await screen.findByText('This is a preview: nothing was changed.');
    }
    fireEvent.click(screen.getByRole('button', { name: 'I reached out' }));

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sentTypes()).toEqual([]);
    expect(await fakeBrowser.storage.local.get()).toEqual(before.local);
    expect(await fakeBrowser.storage.sync.get()).toEqual(before.sync);
    vi.restoreAllMocks();
  });
});
