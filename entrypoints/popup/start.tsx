import { render } from 'preact';
import { i18n } from '#i18n';
import { localizePage } from '../../platform/shared/i18n';
import { answerInFront } from '../../platform/shared/in-front';
import { App } from './app';

// The app, imported by the entry (`main.tsx`) once the reads are on their way.
localizePage(i18n.t('extName'));
answerInFront();
render(<App />, document.getElementById('app') as HTMLElement);
