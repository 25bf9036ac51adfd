/**
 * The privacy policy says the same thing in PRIVACY.md (the address the stores link to) and in the
 * extension, in English and Spanish, and the welcome page and Options → About link to it.
 *
 * PRIVACY.md is made from locales/*.yml: after changing the policy's strings, regenerate it with
 * `npx vitest run tests/unit/privacy -u`.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AboutSection } from '../../../entrypoints/options/about-section';
import { App as PrivacyPage } from '../../../entrypoints/privacy/app';
import { App as WelcomePage } from '../../../entrypoints/welcome/app';
import { POLICY, POLICY_TITLE, policyMarkdown } from '../../../lib/data/privacy-policy';
import { type Locale, messageIn, useLocale } from '../setup-i18n';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const LANGUAGES: Locale[] = ['en', 'es'];

describe('privacy policy', () => {
  it('PRIVACY.md holds the policy in English, then in Spanish', async () => {
    const markdown = LANGUAGES.map((locale) => policyMarkdown((key) => messageIn(locale, key))).join(
      '\n---\n\n',
    );
    const header =
      '<!-- Made from locales/en.yml and locales/es.yml (lib/data/privacy-policy.ts); do not edit by hand.\n' +
      '     Regenerate with `npx vitest run tests/unit/privacy -u`. -->\n\n';

    await expect(header + markdown).toMatchFileSnapshot('../../../PRIVACY.md');
  });

  it.each(LANGUAGES)('the page shows every paragraph of the policy (%s)', (locale) => {
    useLocale(locale);

    render(<PrivacyPage />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messageIn(locale, POLICY_TITLE));
    for (const block of POLICY) {
      expect(screen.getByText(messageIn(locale, block.key)), block.key).toBeTruthy();
    }
  });

  it('says that a message button hands the number and the text to the service only on a click', () => {
    render(<PrivacyPage />);

    const handOver = screen.getByText(/wa\.me receives the number and the text of the message/).textContent;

    expect(handOver).toMatch(/This happens only when you click/);
  });

  it.each([
    ['the welcome page', () => render(<WelcomePage />)],
    ['Options → About', () => render(<AboutSection />)],
  ])('%s links to it', (_, show) => {
    const { container } = show();

    const link = within(container as HTMLElement).getByRole('link', { name: 'Privacy policy' });

    expect(link.getAttribute('href')).toMatch(/\/privacy\.html$/);
  });
});
