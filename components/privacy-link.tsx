import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** A paragraph with the link to the privacy policy page (the same text as PRIVACY.md). */
export function PrivacyLink() {
  return (
    <p>
      <a href={browser.runtime.getURL('/privacy.html')}>{i18n.t('privacy.link')}</a>
    </p>
  );
}
