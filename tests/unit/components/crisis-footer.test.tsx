import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrisisFooter } from '../../../components/crisis-footer';
import { useLocale } from '../setup-i18n';

/** Pretends the computer is in `zone` with a browser that prefers `languages`. */
function placeIn(zone: string, languages: string[]) {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
    this: Intl.DateTimeFormat,
  ) {
    return { ...real.call(this), timeZone: zone };
  });
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
}

/** The platform `runtime.getPlatformInfo()` reports (the fake has none of its own). */
function onPlatform(os: string) {
  // biome-ignore lint/suspicious/noExplicitAny: the fake browser has no getPlatformInfo.
  (fakeBrowser.runtime as any).getPlatformInfo = () => Promise.resolve({ os, arch: 'x86-64' });
}

const footerText = () => screen.getByRole('contentinfo').textContent ?? '';
const storedChoice = async () => (await fakeBrowser.storage.sync.get('crisisCountry')).crisisCountry;

beforeEach(() => {
  fakeBrowser.reset();
  onPlatform('mac');
});
afterEach(cleanup);

describe('crisis footer', () => {
  it('shows Spain’s 024, not 988, to an en-US browser in Madrid, and says Spain is assumed', async () => {
    placeIn('Europe/Madrid', ['en-US', 'en']);

    render(<CrisisFooter full />);

    expect(footerText()).toContain('If you are in crisis, call 024, any time.');
    expect(footerText()).not.toContain('988');
    expect((await screen.findByRole('link', { name: '024' })).getAttribute('href')).toBe('tel:024');
    expect(screen.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href')).toBe(
      'https://findahelpline.com',
    );
    const picker = screen.getByLabelText('Crisis line for') as HTMLSelectElement;
    expect(picker.value).toBe('auto');
    expect(picker.selectedOptions[0]?.textContent).toBe('Spain (guessed from your time zone and language)');
  });

  it('says 988 once in the popup’s one line: call or text, no repetition', async () => {
    placeIn('America/Chicago', ['en-US']);

    render(<CrisisFooter />);

    expect(footerText()).toBe('Not a crisis service — call or text 988 · findahelpline.com');
    expect((await screen.findByRole('link', { name: '988' })).getAttribute('href')).toBe('tel:988');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('on Linux, where nothing answers tel:, shows the number to dial on a phone, not a link', async () => {
    onPlatform('linux');
    placeIn('America/Chicago', ['en-US']);

    render(<CrisisFooter full />);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the platform's answer

    expect(footerText()).toContain('call or text 988');
    expect(screen.getByText('988').tagName).toBe('STRONG');
    expect(document.querySelector('a[href^="tel:"], a[href^="sms:"]')).toBeNull();
  });

  it('points to findahelpline.com alone where no national line is known', () => {
    placeIn('Europe/Rome', ['en-US']);

    render(<CrisisFooter full />);

    expect(footerText()).toContain('If you are in crisis, find a line near you at findahelpline.com.');
    expect(document.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('lets the person choose another country, saves it, and keeps it over the guess', async () => {
    placeIn('America/New_York', ['en-US']);
    render(<CrisisFooter full />);

    fireEvent.change(screen.getByLabelText('Crisis line for'), { target: { value: 'MX' } });

    await waitFor(async () => expect(await storedChoice()).toBe('MX'));
    expect((await screen.findByRole('link', { name: '800 911 2000' })).getAttribute('href')).toBe(
      'tel:8009112000',
    );
    expect(footerText()).not.toContain('988');
    cleanup();
    render(<CrisisFooter />);
    expect(await screen.findByRole('link', { name: '800 911 2000' })).toBeTruthy();
  });

  it('speaks Spanish, naming the country in Spanish', () => {
    useLocale('es');
    placeIn('Pacific/Auckland', ['es-ES']);

    render(<CrisisFooter full />);

    expect(footerText()).toContain(
      'Si estás en crisis, llama o envía un mensaje de texto al 1737, a cualquier hora.',
    );
    const picker = screen.getByLabelText('Línea de crisis de') as HTMLSelectElement;
    expect(picker.selectedOptions[0]?.textContent).toBe('Nueva Zelanda (según tu zona horaria e idioma)');
  });
});
