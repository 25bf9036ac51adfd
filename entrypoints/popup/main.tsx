import { render } from 'preact';
import { i18n } from '#i18n';
import './style.css';
import { localizePage } from '../../platform/i18n';
import { answerInFront } from '../../platform/in-front';
import { startFirstRead } from '../../platform/popup-first-read';
import { App } from './app';

// The reads go out before the first render, so storage and the background answer while it runs.
startFirstRead();
localizePage(i18n.t('extName'));
answerInFront();
render(<App />, document.getElementById('app') as HTMLElement);
