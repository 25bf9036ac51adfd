import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../../entrypoints/options/app';
import { mockPermissions, seedSettings, storedSettings } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  mockPermissions();
});
afterEach(cleanup);

describe('options: names on a nudge', () => {
  it('is off by default and saves the person’s choice', async () => {
    await seedSettings();
    render(<App />);
    const box = (await screen.findByLabelText('Show names and my message at once')) as HTMLInputElement;
    expect(box.checked).toBe(false);

    fireEvent.click(box);

    await waitFor(async () => expect((await storedSettings())?.namesOnNudge).toBe(true));
  });
});
