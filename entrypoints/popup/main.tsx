import { render } from 'preact';
import { i18n } from '#i18n';
import './style.css';
import { startFirstRead } from '../../platform/pages/popup-first-read';
import { localizePage } from '../../platform/shared/i18n';
import { answerInFront } from '../../platform/shared/in-front';
import { App } from './app';

// The reads go out before the first render, so storage and the background answer while it runs.
startFirstRead();
localizePage(i18n.t('extName'));
answerInFront();
render(<App />, document.getElementById('app') as HTMLElement);
