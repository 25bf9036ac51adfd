import { render } from 'preact';
import { i18n } from '#i18n';
import '../../assets/tokens.css';
import './style.css';
import { localizePage } from '../../platform/shared/i18n';
import { answerInFront } from '../../platform/shared/in-front';
import { App } from './app';

localizePage(i18n.t('options.title'));
answerInFront();
render(<App />, document.getElementById('app') as HTMLElement);
