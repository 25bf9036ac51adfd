import './style.css';
import { startFirstRead } from '../../platform/pages/popup-first-read';

// The entry only sends the popup's reads and loads the app (`./start`, which popup.html preloads:
// wxt.config.ts). Storage and the background answer while the app's code arrives and compiles, not
// after: the app is most of the popup's code, and the reads waited for all of it (`npm run bench`).
startFirstRead();
void import('./start');
