import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension in the system's browsers (Playwright cannot download
 * its own here).
 *
 * - `chromium`, `firefox`, `chromium-languages`: journeys against `.output/*-e2e` (accelerated time,
 *   `npm run build:e2e`),
 *   one at a time within a browser (Chromium's share the display and the pointer). Firefox runs
 *   headless with an idle service of its own, so `scripts/test.sh` runs its journeys in a second
 *   process beside Chromium's; each project keeps its own output folder.
 * - `realtime-chromium`, `realtime-firefox`: the release builds (`npm run build`) in real minutes,
 *   a few minutes each, mostly asleep; each brings its own display, so they can run alongside the
 *   journeys. `scripts/test.sh` runs them in a second Playwright process at the same time, with
 *   `E2E_REPORT` naming its JSON report; `scripts/summary.mjs` counts every report.
 */
const REALTIME_TIMEOUT_MS = 6 * 60_000;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e/chromium',
      testIgnore: 'languages.spec.ts',
      outputDir: 'test-results/e2e',
    },
    // Every page in every language: headless and not timed, so `scripts/test.sh` runs it in the
    // Firefox process's place once Firefox's journeys are done, beside Chromium's.
    {
      name: 'chromium-languages',
      testDir: 'tests/e2e/chromium',
      testMatch: 'languages.spec.ts',
      outputDir: 'test-results/e2e-languages',
    },
    { name: 'firefox', testDir: 'tests/e2e/firefox', outputDir: 'test-results/e2e-firefox' },
    {
      name: 'realtime-chromium',
      testDir: 'tests/realtime',
      testMatch: 'chromium.spec.ts',
      timeout: REALTIME_TIMEOUT_MS,
      outputDir: 'test-results/realtime',
    },
    {
      name: 'realtime-firefox',
      testDir: 'tests/realtime',
      testMatch: 'firefox.spec.ts',
      timeout: REALTIME_TIMEOUT_MS,
      outputDir: 'test-results/realtime',
    },
  ],
});
