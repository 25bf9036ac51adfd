import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { RichText } from '../../components/rich-text';
import { SOURCE } from '../../lib/reflections';

/** What Attune is and is not, where its words come from, and where to get help now. */
export function AboutSection() {
  return (
    <section class="card" aria-labelledby="about-title">
      <h2 id="about-title">{i18n.t('options.about.title')}</h2>
      <p>{i18n.t('options.about.what')}</p>
      <p>{i18n.t('options.about.is_not')}</p>
      <p>
        <RichText
          message="options.about.credit"
          parts={[
            <a key="source" href={SOURCE.url} target="_blank" rel="noreferrer">
              <cite>{SOURCE.title}</cite>
            </a>,
            SOURCE.author,
          ]}
        />
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
    </section>
  );
}
