import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/insights/app';
import { addDays, toCsv } from '../../../../lib/history/insights';
import type { Stats } from '../../../../lib/history/stats';
import { isDataRequest, parseRequest } from '../../../../platform/shared/messages';
import { handleDataRequest } from '../../../../platform/worker/data-requests';

// Wednesday 12 March 2025, mid-afternoon local time.
const NOW = new Date(2025, 2, 12, 15, 0).getTime();
const TODAY = '2025-03-12';

const day = (solitaryMin: number, longestMin: number, connections: number, nudges = 0) => ({
  solitaryMin,
  longestMin,
  nudges,
  connections,
});

/** 84 days, each with a little more time than the one before. */
function twelveWeeks(): Stats {
  const stats: Stats = {};
  for (let i = 0; i < 84; i++) stats[addDays(TODAY, i - 83)] = day(10 + i, 5 + i, i % 3, 1);
  return stats;
}

let sent: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    sent.push(message);
    // The background's real handler applies the page's data writes.
    const request = parseRequest(message);
    return request && isDataRequest(request) ? handleDataRequest(request) : Promise.resolve('ok');
  });
});
afterEach(cleanup);

async function openInsights(stats?: unknown) {
  if (stats !== undefined) await fakeBrowser.storage.local.set({ stats });
  render(<App now={() => NOW} />);
  await screen.findAllByText(/./, { selector: 'p.summary' });
}

/** Intl puts thin and narrow no-break spaces in date ranges; compare with plain ones. */
const plain = (text: string | null | undefined) => text?.replace(/[\u2009\u202f\u00a0]/g, ' ');

const storedStats = async () => (await fakeBrowser.storage.local.get('stats')).stats;

describe('insights page', () => {
  it('puts focus on its heading and names the page', async () => {
    await openInsights();

    const heading = screen.getByRole('heading', { level: 1, name: 'Your week with Attune' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Your week with Attune');
    expect(screen.getByRole('contentinfo').textContent).toContain('Attune is not a crisis service');
  });

  it('says what will appear, and when, while nothing is stored — and draws nothing', async () => {
    await openInsights();

    expect(screen.getByText('Nothing here yet.')).toBeTruthy();
    expect(
      screen.getByText(
        /this page fills in day by day — your time on your own at the screen, your longest stretch, and each moment you connected with someone\. The first numbers appear after a few minutes at the screen/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export as CSV' })).toBeNull();
  });

  it('repairs damaged stats: bad days are dropped, good ones shown', async () => {
    await openInsights({ [TODAY]: day(30, 20, 1), '2025-03-11': { solitaryMin: 'lots' }, nonsense: 1 });

    expect(screen.getByText('You reached out once in the last 7 days.')).toBeTruthy();
    expect(
      screen.getByText('About 30 min on your own at the screen in the last 7 days, longest stretch 20 min.'),
    );
  });

  it('draws 12 full weeks: two charts described in words, and tables with the same numbers', async () => {
    const stats = twelveWeeks();
    await openInsights(stats);

    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    expect(charts.map((c) => c.tagName.toLowerCase())).toEqual(['svg', 'svg']);
    expect(charts[0]?.querySelectorAll('rect.bar')).toHaveLength(7);
    expect(charts[1]?.querySelectorAll('rect.bar')).toHaveLength(12);
    expect(charts[0]?.getAttribute('aria-label')).toBe(
      'Bar chart of time on your own each day, last 7 days: about 10 h 30 min in all; the most was 1 h 33 min, on Wednesday, Mar 12. 8 connection moments in this period.',
    );
    expect(plain(charts[1]?.getAttribute('aria-label'))).toBe(
      'Bar chart of time on your own each week, last 12 weeks: about 71 h 20 min in all; the most was 10 h 9 min, in the week of Mar 3 – 9. 81 connection moments in this period.',
    );
    expect(screen.getByText('You reached out 8 times in the last 7 days.')).toBeTruthy();
  });

  it('labels its axes with units and draws connection moments beside the time on one’s own', async () => {
    await openInsights({
      '2025-03-10': day(45, 30, 2),
      '2025-03-11': day(100, 60, 0),
      [TODAY]: day(20, 20, 1),
    });

    const [days] = screen.getAllByRole('img');
    const texts = [...(days?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Time on your own', 'Day', '0 min', '1 h', '2 h']));
    const dots = [...(days?.querySelectorAll('.connection') ?? [])].map((g) => g.textContent);
    expect(dots).toEqual(['2', '1']);
    expect(screen.getAllByText('Connection moments (the number says how many)')).toHaveLength(2);
    expect(days?.getAttribute('aria-label')).toMatch(/ 3 connection moments in this period\.$/);
  });

  it('draws no bars, labels or rows before the first day with data', async () => {
    await openInsights({ '2025-03-11': day(30, 30, 1), [TODAY]: day(15, 15, 0) });

    const [days, weeks] = screen.getAllByRole('img');
    const labels = (chart: Element | undefined) =>
      [...(chart?.querySelectorAll('g > text[text-anchor="middle"]') ?? [])]
        .map((t) => t.textContent)
        .filter((t) => !/^\d+$/.test(t ?? ''));
    expect(labels(days)).toEqual(['Tue', 'Wed']);
    expect(days?.querySelectorAll('rect.bar')).toHaveLength(2);
    expect(weeks?.querySelectorAll('rect.bar')).toHaveLength(1);
    expect(
      within(screen.getByRole('table', { name: 'Each of the last 7 days' })).getAllByRole('row'),
    ).toHaveLength(3);
    expect(
      within(screen.getByRole('table', { name: /Each of the last 12 weeks/ })).getAllByRole('row'),
    ).toHaveLength(2);
  });

  it('lists the last 7 days in a table that matches the stored days', async () => {
    const stats = twelveWeeks();
    await openInsights(stats);

    const table = screen.getByRole('table', { name: 'Each of the last 7 days' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    const rows = within(table).getAllByRole('row').slice(1);

    expect(headers).toEqual(['Day', 'Time on your own', 'Longest stretch', 'Connection moments']);
    expect(rows).toHaveLength(7);
    expect(rows.map((r) => within(r).getByRole('rowheader').getAttribute('scope'))).toEqual(
      Array(7).fill('row'),
    );
    expect(rows.at(-1)?.textContent).toBe('Wednesday, Mar 121 h 33 min1 h 28 min2');
    expect(rows[0]?.textContent).toBe('Thursday, Mar 61 h 27 min1 h 22 min2');
  });

  it('lists 12 weeks, the current one marked as so far', async () => {
    await openInsights({
      '2025-03-10': day(60, 40, 2),
      '2025-03-09': day(30, 30, 1),
      '2024-12-23': day(5, 5, 0),
    });

    const table = screen.getByRole('table', { name: 'Each of the last 12 weeks (weeks start on Monday)' });
    const rows = within(table).getAllByRole('row').slice(1);

    expect(rows).toHaveLength(12);
    expect(plain(rows[0]?.textContent)).toBe('Dec 23 – 295 min5 min0');
    expect(plain(rows[10]?.textContent)).toBe('Mar 3 – 930 min30 min1');
    expect(plain(rows[11]?.textContent)).toBe('This week so far (Mar 10 – 12)1 h40 min2');
  });

  it('exports every stored day as a CSV file through a download link', async () => {
    const stats = twelveWeeks();
    await openInsights(stats);
    let blob: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:insights';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));

    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['attune-insights-2025-03-12.csv', 'blob:insights'],
    ]);
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const text = await blob?.text();
    expect(text).toBe(toCsv(stats));
    expect(text?.split('\r\n')[0]).toBe('date,solitary_minutes,longest_minutes,nudges,connections');
    expect(screen.getByRole('status').textContent).toBe(
      'Saved attune-insights-2025-03-12.csv to your downloads.',
    );
  });

  it('asks before clearing, and changes nothing when cancelled', async () => {
    const stats = twelveWeeks();
    await openInsights(stats);

    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const ask = screen.getByRole('group', {
      name: 'Clear your daily history from this device? Settings, people and messages stay.',
    });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('group')).toBeNull();
    expect(await storedStats()).toEqual(stats);
    expect(sent).toEqual([]);
  });

  it('clears the history once confirmed and shows the empty state', async () => {
    await openInsights(twelveWeeks());

    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    const ask = screen.getByRole('group');
    fireEvent.click(within(ask).getByRole('button', { name: 'Clear history' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('History cleared.'));
    expect(await storedStats()).toBeUndefined();
    expect(sent).toEqual([{ type: 'clear-history' }]);
    expect(await screen.findByText('Nothing here yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('follows new stats written while it is open', async () => {
    await openInsights();

    await fakeBrowser.storage.local.set({ stats: { [TODAY]: day(5, 5, 1) } });

    expect(await screen.findByText('You reached out once in the last 7 days.')).toBeTruthy();
  });
});
