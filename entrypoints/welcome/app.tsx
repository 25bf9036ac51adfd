import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisFooter } from '../../components/crisis-footer';
import { PrivacyLink } from '../../components/privacy-link';
import { RichText } from '../../components/rich-text';
import { SaveStatusLine } from '../../components/save-status';
import { useSettings } from '../../components/use-settings';
import { AddPerson } from './add-person';
import { RhythmChoice } from './rhythm-choice';

/** The welcome page, opened once on install: what Attune does, a rhythm, one person, the promise. */
export function App() {
  const { settings, status, save } = useSettings();
  const [finished, setFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (finished) heading.current?.focus();
  }, [finished]);

  if (finished) {
    return (
      <>
        <main>
          <h1 ref={heading} tabIndex={-1}>
            {i18n.t('welcome.done_title')}
          </h1>
          <section class="card">
            <p>{i18n.t('welcome.done_intro')}</p>
            <p>
              <RichText
                message="welcome.shortcut"
                parts={[
                  <span key="keys">
                    <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd>
                  </span>,
                ]}
              />
            </p>
            <p>{i18n.t('welcome.pin')}</p>
            <p>
              <a href={browser.runtime.getURL('/options.html')}>{i18n.t('welcome.settings')}</a>
            </p>
          </section>
        </main>
        <CrisisFooter />
      </>
    );
  }

  return (
    <>
      <main>
        <h1>{i18n.t('welcome.title')}</h1>
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">{i18n.t('welcome.what_title')}</h2>
          <p>{i18n.t('welcome.what')}</p>
        </section>
        <SaveStatusLine status={status} />
        {settings ? (
          <RhythmChoice settings={settings} save={save} />
        ) : (
          <p class="muted">{i18n.t('common.loading')}</p>
        )}
        <AddPerson />
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{i18n.t('welcome.privacy_title')}</h2>
          <p>{i18n.t('welcome.privacy')}</p>
          <PrivacyLink />
        </section>
        <div class="actions">
          <button type="button" class="primary" onClick={() => setFinished(true)}>
            {i18n.t('welcome.finish')}
          </button>
        </div>
      </main>
      <CrisisFooter />
    </>
  );
}
