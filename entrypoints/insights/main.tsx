import { render } from 'preact';
import '../../assets/tokens.css';
import './style.css';
import { App } from './app';

render(<App />, document.getElementById('app') as HTMLElement);
