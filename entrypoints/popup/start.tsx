import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../platform/shared/i18n';
import { answerInFront } from '../../platform/shared/in-front';
import { App, loadPopup } from './app';

// The app, imported by the entry (`main.tsx`) once the reads are on their way. By the time its code
// has run they have mostly answered, so it waits for them and renders once, with everything: a
// render without them would be drawn over within the same frame. (Not a top-level await: Rollup
// would then split the popup's code into more files, so that its lazy parts don't wait on this one.)
localizePage(i18n.t('extName'));
answerInFront();
void loadPopup()
  .catch(() => undefined)
  .then((first) => render(<App first={first} />, document.getElementById('app') as HTMLElement));
