import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ArticleCredit } from '../../components/article-credit';
import { PrivacyLink } from '../../components/privacy-link';
import { RichText } from '../../components/rich-text';

/** What Attune is and is not, where its words come from, and where to get help now. */
export function AboutSection() {
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
            <a key="call" href="tel:988">
              {i18n.t('options.about.call_988')}
            </a>,
            <a key="text" href="sms:988">
              {i18n.t('options.about.text_988')}
            </a>,
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
