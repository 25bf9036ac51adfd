import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { App as Welcome } from '../../../../entrypoints/welcome/app';
import { mockPermissions, seedSettings, storedSettings } from './helpers';

const THRESHOLD = 'Nudge after (minutes alone at the screen)';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let written: number[];
beforeEach(async () => {
  fakeBrowser.reset();
  mockPermissions();
  await seedSettings({ thresholdMin: 90 });
  written = [];
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
    const settings = (items as { settings?: { thresholdMin: number } }).settings;
    if (settings) written.push(settings.thresholdMin);
    return set(items);
  });
});
afterEach(cleanup);

/** Types `text` one key at a time, `gapMs` apart, as a person does. */
async function typeSlowly(field: HTMLElement, text: string, gapMs: number) {
  for (let i = 1; i <= text.length; i++) {
    fireEvent.input(field, { target: { value: text.slice(0, i) } });
    if (i < text.length) await wait(gapMs);
  }
}

/** Opens the options page and puts `value` in the threshold field at once, as a paste would. */
async function putInThreshold(value: string): Promise<HTMLElement> {
  render(<App />);
  const field = await screen.findByLabelText(THRESHOLD);
  fireEvent.input(field, { target: { value } });
  return field;
}

describe('options: typing a number', () => {
  it('never saves the half-typed value on the way (typing 180 stores 180, never 18)', async () => {
    render(<App />);
    const field = await screen.findByLabelText(THRESHOLD);

    await typeSlowly(field, '180', 500);
    await wait(1600);

    expect(written).toEqual([180]);
    expect((await storedSettings())?.thresholdMin).toBe(180);
  });

  it('saves nothing while the value is still being typed, then saves once it has rested', async () => {
    await putInThreshold('45');
    await wait(700);
    expect(written).toEqual([]);

    await waitFor(() => expect(written).toEqual([45]), { timeout: 2000 });
  });

  it.each([
    ['Enter', (field: HTMLElement) => fireEvent.keyDown(field, { key: 'Enter' })],
    ['leaving the field', (field: HTMLElement) => fireEvent.blur(field)],
    ['a change (spin buttons)', (field: HTMLElement) => fireEvent.change(field)],
  ])('commits at once on %s', async (_, act) => {
    const field = await putInThreshold('60');
    act(field);
    await wait(500);

    expect(written).toEqual([60]);
  });

  it('writes a pending edit at once when the page goes away', async () => {
    await putInThreshold('75');
    window.dispatchEvent(new Event('pagehide'));
    await wait(50);

    expect(written).toEqual([75]);
  });

  it('shows why invalid text is refused and saves nothing, even after it rests', async () => {
    const field = await putInThreshold('9');
    await wait(1500);

    expect(screen.getByRole('alert').textContent).toBe('Nudge after must be between 15 and 480 minutes.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    window.dispatchEvent(new Event('pagehide'));
    await wait(50);
    expect(written).toEqual([]);
  });
});

describe('welcome: typing a custom rhythm', () => {
  it('never saves the half-typed value on the way either', async () => {
    render(<Welcome />);
    fireEvent.click(await screen.findByLabelText('Custom'));
    const field = screen.getByLabelText(THRESHOLD);

    await typeSlowly(field, '180', 500);
    await wait(1600);

    expect(written).toEqual([180]);
  });
});
