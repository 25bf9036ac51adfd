import { render } from 'preact';
import '../../assets/tokens.css';
import './style.css';
import { answerInFront } from '../../platform/in-front';
import { App } from './app';

answerInFront();
render(<App />, document.getElementById('app') as HTMLElement);
