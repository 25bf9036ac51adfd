// Adds up the gate steps, the unit tests and the end-to-end tests into one closing line.
// A unit or e2e test counts once; a gate step (type check, build, lint…) counts as one test too.
import { existsSync, readFileSync } from 'node:fs';

let passed = Number(process.argv[2] ?? 0);
let failed = Number(process.argv[3] ?? 0);

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}

// The accelerated journeys (Chromium's, and Firefox's and the languages' run beside them) and the
// real-time tests.
for (const file of [
  'reports/e2e.json',
  'reports/e2e-firefox.json',
  'reports/e2e-languages.json',
  'reports/realtime.json',
]) {
  const e2e = read(file);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
