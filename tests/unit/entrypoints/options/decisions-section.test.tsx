import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DecisionsSection } from '../../../../entrypoints/options/decisions-section';
import { useLocale } from '../../setup-i18n';

const today = (h: number, m: number) => {
  const d = new Date();
  d.setHours(h, m, 0, 0);
  return d.getTime();
};
const clock = (ms: number, locale = 'en') =>
  new Date(ms).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

/** The lines as the person reads them, top to bottom. */
const lines = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('en');
});
afterEach(cleanup);

describe('options: why did (or didn’t) Attune nudge?', () => {
  it('says there is nothing yet, and that the list is never sent anywhere', async () => {
    render(<DecisionsSection />);

    expect(await screen.findByText(/Nothing yet/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Why did (or didn’t) Attune nudge?' })).toBeTruthy();
    expect(screen.getByText(/never sent anywhere/)).toBeTruthy();
  });

  it('lists the saved lines and the newer ones only the live session has, newest first, as sentences', async () => {
    const quietEnd = today(23, 59);
    await fakeBrowser.storage.local.set({
      decisionLog: [
        { at: today(0, 2), what: 'watching' },
        { at: today(0, 5), what: 'call-on', detail: 'meet.google.com' },
      ],
    });
    await fakeBrowser.storage.session.set({
      decisionLog: [
        { at: today(0, 2), what: 'watching' },
        { at: today(0, 5), what: 'call-on', detail: 'meet.google.com' },
        { at: today(0, 10), what: 'deferred', detail: 'quiet-hours', until: quietEnd },
      ],
    });

    render(<DecisionsSection />);

    await waitFor(() => expect(lines()).toHaveLength(3));
    expect(lines()).toEqual([
      `${clock(today(0, 10))} — A nudge waited: quiet hours until ${clock(quietEnd)}.`,
      `${clock(today(0, 5))} — A call started on meet.google.com.`,
      `${clock(today(0, 2))} — Watching: no input, but the front tab plays sound or is fullscreen, so the time still counts.`,
    ]);
    expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
  });

  it('shows the sound lines of a stored log with a date out of range, and never fails on it', async () => {
    await fakeBrowser.storage.local.set({
      decisionLog: [
        { at: 1e16, what: 'idle' },
        { at: today(0, 5), what: 'snooze', until: 1e16 },
        { at: today(0, 7), what: 'break' },
      ],
    });

    render(<DecisionsSection />);

    await waitFor(() => expect(lines()).toHaveLength(1));
    expect(lines()[0]).toMatch(new RegExp(`^${clock(today(0, 7))} — A break`));
    expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
  });

  it('shows a line the background adds while the page is open', async () => {
    render(<DecisionsSection />);
    await screen.findByText(/Nothing yet/);

    await fakeBrowser.storage.session.set({
      decisionLog: [{ at: today(0, 1), what: 'nudge', detail: 'window' }],
    });

    await waitFor(() =>
      expect(lines()).toEqual([
        `${clock(today(0, 1))} — A nudge opened in a small window, because the toolbar popup could not open.`,
      ]),
    );
  });

  it('says the answers to a nudge: "Not now" and "Less often" with the new wait', async () => {
    await fakeBrowser.storage.session.set({
      decisionLog: [
        { at: today(0, 1), what: 'not-now' },
        { at: today(0, 2), what: 'less-often', detail: '120' },
      ],
    });

    render(<DecisionsSection />);

    await waitFor(() =>
      expect(lines()).toEqual([
        `${clock(today(0, 2))} — “Less often”: nudges now wait for 2 h alone.`,
        `${clock(today(0, 1))} — “Not now”: the next nudge waits longer.`,
      ]),
    );
  });

  it('speaks Spanish', async () => {
    useLocale('es');
    const quietEnd = today(23, 0);
    await fakeBrowser.storage.local.set({
      decisionLog: [{ at: today(0, 10), what: 'deferred', detail: 'quiet-hours', until: quietEnd }],
    });

    render(<DecisionsSection />);

    await waitFor(() =>
      expect(lines()).toEqual([
        `${clock(today(0, 10), 'es')} — Un aviso esperó: horas de calma hasta las ${clock(quietEnd, 'es')}.`,
      ]),
    );
    expect(screen.getByRole('heading', { name: 'Hoy' })).toBeTruthy();
  });

  it('leaves out damaged lines and shows the rest', async () => {
    await fakeBrowser.storage.local.set({
      decisionLog: [{ at: 'noon', what: 'idle' }, null, { at: today(0, 3), what: 'locked' }],
    });
    await fakeBrowser.storage.session.set({ decisionLog: 'garbage' });

    render(<DecisionsSection />);

    await waitFor(() => expect(lines()).toEqual([`${clock(today(0, 3))} — The screen was locked.`]));
  });
});
