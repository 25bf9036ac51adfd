/** A right-to-left language mirrors the page; the marks that point sideways follow it. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DeclineMenu } from '../../../components/decline-menu';
import { localizePage } from '../../../platform/shared/i18n';

/** English messages, but the browser says they read right to left (as it does for Arabic). */
function readRightToLeft(): void {
  const english = fakeBrowser.i18n.getMessage;
  Object.assign(fakeBrowser.i18n, {
    getMessage: (name: string, substitutions?: string | string[]) =>
      name === '@@bidi_dir' ? 'rtl' : english(name, substitutions),
  });
}

const noop = () => {};

afterEach(cleanup);

describe('right to left', () => {
  it('gives the page dir="rtl" in a right-to-left language, dir="ltr" otherwise', () => {
    localizePage('Attune');
    expect(document.documentElement.dir).toBe('ltr');

    readRightToLeft();
    localizePage('Attune');

    expect(document.documentElement.dir).toBe('rtl');
  });

  it('marks "Not now" open or closed with up and down, which read the same in both directions', () => {
    const menu = (open: boolean) => (
      <DeclineMenu paused={false} open={open} onToggle={noop} onResume={noop} onAnswer={noop} />
    );
    readRightToLeft();

    render(menu(false));
    expect(screen.getByRole('button', { expanded: false }).textContent).toMatch(/▾$/);
    cleanup();
    render(menu(true));

    expect(screen.getByRole('button', { expanded: true }).textContent).toMatch(/▴$/);
  });
});
