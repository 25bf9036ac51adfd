import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup-i18n.ts'],
    environment: 'happy-dom',
    // Links in components (sms:, mailto:, target=_blank) must not make happy-dom open pages.
    environmentOptions: {
      happyDOM: {
        settings: {
          navigation: {
            disableMainFrameNavigation: true,
            disableChildPageNavigation: true,
            disableChildFrameNavigation: true,
          },
        },
      },
    },
    restoreMocks: true,
    // Property tests run a thousand cases: a busy 2-core machine must not fail them on time alone.
    testTimeout: 30_000,
  },
});
