import { cleanup, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/app';
import { messageKey, REFLECTIONS } from '../../../lib/reflections/reflections';
import { formatDurationWords } from '../../../lib/words/duration';
import { STATUS_BELOW_THRESHOLD } from '../entrypoints/popup/status-fixture';
import { messageIn, useLocale } from '../setup-i18n';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    Promise.resolve((message as { type: string }).type === 'status' ? STATUS_BELOW_THRESHOLD : 'ok'),
  );
});

afterEach(cleanup);

describe('the popup in a Spanish browser', () => {
  it('speaks Spanish: status, drafted message, buttons and crisis footer', async () => {
    useLocale('es');
    await fakeBrowser.storage.local.set({
      contacts: [{ id: 'maya', name: 'Maya', phone: '+15551234567', preferred: 'whatsapp', createdAt: 1 }],
    });

    render(h(App, null));

    expect(await screen.findByText('1 h 12 min a solas frente a la pantalla.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Escríbele a Maya' })).toBeTruthy();
    const draft = screen.getByLabelText('Tu mensaje para Maya') as HTMLTextAreaElement;
    expect(draft.value).toMatch(/^¡?Hola, Maya/);
    expect(screen.getByRole('button', { name: 'Ya contacté a alguien' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ahora no ▾' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Escribir a Maya por WhatsApp' })).toBeTruthy();
    const footer = screen.getByRole('contentinfo').textContent ?? '';
    // One short line; the national line depends on the computer's time zone (tests/unit/components).
    expect(footer).toContain('No es servicio de crisis');
    expect(footer).toContain('findahelpline.com');
    expect(document.querySelector('.credit')?.textContent).toBe(
      'De The Healing Power of Connection de Jennifer Goggin, LPC, LMHC, SEP · Traducido del inglés',
    );
  });

  it('marks a translated reflection as translated, and the English original not', async () => {
    render(h(App, null));

    await screen.findByRole('heading', { name: /reach/i });
    expect(document.querySelector('.credit')?.textContent).toBe(
      'From The Healing Power of Connection by Jennifer Goggin, LPC, LMHC, SEP',
    );
  });

  it('shows a reflection in Spanish and, with no one saved yet, asks who to reach in Spanish', async () => {
    useLocale('es');
    const spanishTexts = REFLECTIONS.map((r) => messageIn('es', messageKey(r.id, 'text')));

    render(h(App, null));

    expect(await screen.findByRole('heading', { name: '¿A quién podrías escribirle?' })).toBeTruthy();
    expect(spanishTexts).toContain(document.querySelector('.reflection-text')?.textContent);
    expect(screen.getByRole('button', { name: 'Agregar persona' })).toBeTruthy();
  });
});

describe('durations in words', () => {
  it.each([
    ['en', 72, '1 h 12 min'],
    ['en', 120, '2 h'],
    ['en', 45, '45 min'],
    ['en-GB', 72, '1 h 12 min'],
    ['es', 72, '1 h 12 min'],
    ['es', 120, '2 h'],
    ['es-MX', 5, '5 min'],
    ['not a locale!', 5, '5 min'],
  ])('in %s says %s minutes as %j', (locale, minutes, expected) => {
    expect(formatDurationWords(minutes * 60_000, 60_000, locale)).toBe(expected);
  });
});
