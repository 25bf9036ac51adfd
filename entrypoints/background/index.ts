import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../platform/worker/background';

export default defineBackground({
  // Firefox MV2: an event page that unloads when idle, like Chromium's service worker.
  persistent: false,
  main: startBackground,
});
