import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ArticleCredit } from '../../components/article-credit';
import { PrivacyLink } from '../../components/privacy-link';
import { RichText } from '../../components/rich-text';
import { usePhoneLinks } from '../../platform/pages/use-phone-links';

/** What Attune is and is not, where its words come from, and where to get help now. */
export function AboutSection() {
  // Where nothing answers `tel:` and `sms:` (Linux), the number is words to dial on a phone.
  const phoneLinks = usePhoneLinks();
  const Phone = phoneLinks ? 'a' : 'strong';
  return (
    <section class="card" id="about" aria-labelledby="about-title">
      <h2 id="about-title">{i18n.t('options.about.title')}</h2>
      <p>{i18n.t('options.about.what')}</p>
      <p>{i18n.t('options.about.is_not')}</p>
      <p>
        <ArticleCredit message="options.about.credit" />
      </p>
      <p>
        <RichText
          message="options.about.crisis"
          parts={[
            <Phone key="call" href={phoneLinks ? 'tel:988' : undefined}>
              {i18n.t('options.about.call_988')}
            </Phone>,
            <Phone key="text" href={phoneLinks ? 'sms:988' : undefined}>
              {i18n.t('options.about.text_988')}
            </Phone>,
            <a key="helpline" href="https://findahelpline.com" target="_blank" rel="noreferrer">
              {i18n.t('options.about.helpline')}
            </a>,
          ]}
        />
      </p>
      <p>
        <a href={browser.runtime.getURL('/welcome.html')}>{i18n.t('options.about.welcome')}</a>
      </p>
      <PrivacyLink />
    </section>
  );
}
