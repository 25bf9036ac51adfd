import '../../assets/tokens.css';
import './style.css';
import { startFirstRead } from '../../platform/popup-first-read';

// The reads start first, while the browser still loads the app's code (popup.html preloads it,
// wxt.config.ts): storage and the background answer during that time instead of after it.
startFirstRead();
void import('./start');
