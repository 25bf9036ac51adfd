import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CrisisFooter } from '../../components/crisis-footer';
import { SaveStatusLine } from '../../components/save-status';
import { useSettings } from '../../components/use-settings';
import { AddPerson } from './add-person';
import { RhythmChoice } from './rhythm-choice';

const TEXT = {
  title: 'Welcome to Attune',
  whatTitle: 'What Attune does',
  what:
    'Attune notices when you have been alone at the screen for a long stretch. At a good moment it offers ' +
    'one short reflection on why connection matters. And it makes reaching someone you trust one click away.',
  privacyTitle: 'Your privacy',
  privacy:
    'Everything stays in your browser. Attune makes no network requests, has no analytics, and never ' +
    'contacts anyone by itself.',
  finish: 'Finish',
  loading: 'Loading…',
  doneTitle: 'You’re set',
  doneIntro: 'Attune is keeping you company in the background. There is nothing else to do.',
  shortcutBefore: 'Open it any time with',
  shortcutAfter: 'or with its button in the toolbar.',
  pin: 'Don’t see the button? Open the puzzle-piece (Extensions) menu next to the address bar and pin Attune.',
  settings: 'Open settings',
} as const;

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
            {TEXT.doneTitle}
          </h1>
          <section class="card">
            <p>{TEXT.doneIntro}</p>
            <p>
              {TEXT.shortcutBefore} <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd> {TEXT.shortcutAfter}
            </p>
            <p>{TEXT.pin}</p>
            <p>
              <a href={browser.runtime.getURL('/options.html')}>{TEXT.settings}</a>
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
        <h1>{TEXT.title}</h1>
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">{TEXT.whatTitle}</h2>
          <p>{TEXT.what}</p>
        </section>
        <SaveStatusLine status={status} />
        {settings ? <RhythmChoice settings={settings} save={save} /> : <p class="muted">{TEXT.loading}</p>}
        <AddPerson />
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{TEXT.privacyTitle}</h2>
          <p>{TEXT.privacy}</p>
        </section>
        <div class="actions">
          <button type="button" class="primary" onClick={() => setFinished(true)}>
            {TEXT.finish}
          </button>
        </div>
      </main>
      <CrisisFooter />
    </>
  );
}
