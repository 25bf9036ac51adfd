import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension in the system's browsers (Playwright cannot download
 * its own here).
 *
 * - `chromium`, `chromium-headed`, `firefox`: journeys against `.output/*-e2e` (accelerated time,
 *   `npm run build:e2e`). Chromium's headed specs (idle detection, audible tabs, permission prompts
 *   answered with xdotool: `test.use({ headless: false })`) share the X display, its idle timer and
 *   the pointer, so `chromium-headed` lists them; the headless ones touch no display (the fixture
 *   refuses a headed spec outside `chromium-headed`). `scripts/test.sh` runs both projects on one
 *   worker: a second one beside it starved accelerated-time specs on 2 cores. Firefox runs headless
 *   with an idle service of its own, so `scripts/test.sh`
 *   runs its journeys in another process at the same time; each project keeps its own output folder.
 * - `realtime-chromium`, `realtime-firefox`: the release builds (`npm run build`) in real minutes,
 *   a few minutes each, mostly asleep; each brings its own display, so they can run alongside the
 *   journeys. `scripts/test.sh` runs them in a second Playwright process at the same time, with
 *   `E2E_REPORT` naming its JSON report; `scripts/summary.mjs` counts every report.
 */
const REALTIME_TIMEOUT_MS = 6 * 60_000;
/** Chromium specs that run headed on the shared display (`test.use({ headless: false })`). */
const HEADED_CHROMIUM = ['calls.spec.ts', 'options-call-services.spec.ts', 'tracker-idle.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]],
  projects: [
    // First, so the one-at-a-time headed specs start early instead of trailing the run alone.
    {
      name: 'chromium-headed',
      testDir: 'tests/e2e/chromium',
      testMatch: HEADED_CHROMIUM,
      workers: 1,
      outputDir: 'test-results/e2e-headed',
    },
    {
      name: 'chromium',
      testDir: 'tests/e2e/chromium',
      testIgnore: HEADED_CHROMIUM,
      outputDir: 'test-results/e2e',
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
