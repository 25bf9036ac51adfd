import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { RichText } from '../../components/rich-text';
import { openShortcut } from '../../platform/pages/shortcut';

/**
 * Where Attune's button is and its keyboard shortcut. Shown before Finish: a person who closes the
 * tab at Finish (or never presses it) should still know how to find Attune again.
 */
export function FindButton() {
  // As this platform writes it (⌃⇧A on a Mac), or as the person changed it.
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void openShortcut().then(setShortcut);
  }, []);
  return (
    <section class="card" aria-labelledby="button-title">
      <h2 id="button-title">{i18n.t('welcome.next.button_title')}</h2>
      <p>{i18n.t('welcome.pin')}</p>
      <p>
        <RichText message="welcome.shortcut" parts={[<kbd key="keys">{shortcut ?? 'Alt+Shift+U'}</kbd>]} />
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')}>{i18n.t('welcome.settings')}</a>
      </p>
    </section>
  );
}
