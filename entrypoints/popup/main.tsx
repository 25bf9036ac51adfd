import { render } from 'preact';
import { i18n } from '#i18n';
import './style.css';
import { startFirstRead } from '../../platform/pages/popup-first-read';
import { localizePage } from '../../platform/shared/i18n';
import { answerInFront } from '../../platform/shared/in-front';
import { App, loadPopup, openedByAttune } from './app';
import { guardKeys } from './open-guard';

// The reads go out first. The popup then waits for them and renders once, with everything: a render
// without them would be drawn over within the same frame (`npm run bench` times the two together).
// Not a top-level await: Rollup would then split the popup into more files, so that its lazy parts
// don't wait on this one.
// A card Attune opened guards the keyboard from the start: a key typed while the reads are on their
// way is caught for the card to give back, and acts on nothing.
const guard = openedByAttune() ? guardKeys(Date.now()) : null;
startFirstRead();
localizePage(i18n.t('extName'));
answerInFront();
void loadPopup()
  .catch(() => undefined)
  .then((first) =>
    render(<App first={first} guard={guard} />, document.getElementById('app') as HTMLElement),
  );
