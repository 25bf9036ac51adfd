import { render } from 'preact';
import { i18n } from '#i18n';
import '../../assets/tokens.css';
import '../options/style.css';
import { localizePage } from '../../platform/shared/i18n';
import { App } from './app';

localizePage(i18n.t('privacy.title'));
render(<App />, document.getElementById('app') as HTMLElement);
