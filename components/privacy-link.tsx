import { i18n } from '#i18n';
import { pageUrl } from '../platform/pages/pages';

/** A paragraph with the link to the privacy policy page (the same text as PRIVACY.md). */
export function PrivacyLink() {
  return (
    <p>
      <a href={pageUrl('/privacy.html')}>{i18n.t('privacy.link')}</a>
    </p>
  );
}
