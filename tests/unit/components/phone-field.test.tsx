/**
 * The person form reads a number typed the national way in the country beside it, saves E.164,
 * and shows a saved number the national way.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactForm } from '../../../components/contact-form';
import type { Contact } from '../../../lib/people/contacts';

afterEach(cleanup);

/** The country choice appears once the phone library has loaded. */
async function chooseCountry(code: string) {
  const select = (await screen.findByLabelText('Country of this number')) as HTMLSelectElement;
  fireEvent.change(select, { target: { value: code } });
}

describe('the phone field', () => {
  it('saves a French number typed the French way in E.164, so WhatsApp can open it', async () => {
    const onSave = vi.fn(async (_: Contact) => {});
    render(<ContactForm onSave={onSave} />);
    await chooseCountry('FR');

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Léa' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '06 12 34 56 78' } });
    fireEvent.click(screen.getByRole('radio', { name: 'WhatsApp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ phone: '+33612345678', preferred: 'whatsapp' });
  });

  it('asks which country when a number has no + and no country is chosen, saving nothing', async () => {
    const onSave = vi.fn(async () => {});
    render(<ContactForm onSave={onSave} />);
    await chooseCountry('');

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Léa' } });
    fireEvent.input(screen.getByLabelText('Phone'), { target: { value: '06 12 34 56 78' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save person' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Which country is this number from\?/);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('shows a saved number the national way of the chosen country', async () => {
    const saved: Contact = { id: 'l', name: 'Léa', phone: '+33612345678', createdAt: 1 };
    render(<ContactForm initial={saved} onSave={vi.fn()} />);
    await chooseCountry('FR');

    await waitFor(() =>
      expect((screen.getByLabelText('Phone') as HTMLInputElement).value).toBe('06 12 34 56 78'),
    );
  });
});
