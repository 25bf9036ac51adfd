import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension in the system's browsers (Playwright cannot download
 * its own here). `npm test` builds `.output/*-e2e` (accelerated time) before running these.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  projects: [
    { name: 'chromium', testDir: 'tests/e2e/chromium' },
    { name: 'firefox', testDir: 'tests/e2e/firefox' },
  ],
});
