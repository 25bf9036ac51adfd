// Labelled days (issue 12): runs tests/unit/background/labelled-days.test.ts through Vitest and
// prints, per day, the truth against what the real background measured — at the checkpoint where
// they differ most — and the nudges expected against those opened. Exit code 1 when a day misses
// the budget (within 1 minute at every checkpoint, every expected nudge within a minute, no other).
// `node scripts/bench-days.mjs` alone, or from `npm run bench` (which imports it and reads
// `failedDays`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const direct = import.meta.url === pathToFileURL(process.argv[1] ?? '').href;

const REPORT = 'reports/labelled-days.json';
rmSync(REPORT, { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/background/labelled-days.test.ts'], {
  env: { ...process.env, LABELLED_DAYS_REPORT: REPORT },
  encoding: 'utf8',
});
if (!existsSync(REPORT)) {
  console.log(run.stdout.slice(-3000), run.stderr.slice(-3000));
  console.log('labelled days: the test run produced no report');
}
const days = existsSync(REPORT) ? JSON.parse(readFileSync(REPORT, 'utf8')) : [];

const rows = days.map((day) => {
  const worst = day.checkpoints.reduce(
    (w, c) => (Math.abs(c.measured - c.truth) > Math.abs(w.measured - w.truth) ? c : w),
    day.checkpoints[0],
  );
  return {
    scenario: day.name,
    checkpoints: String(day.checkpoints.length),
    worst: worst ? `${worst.at} ${worst.truth} / ${worst.measured.toFixed(1)}` : '—',
    off: worst ? Math.abs(worst.measured - worst.truth).toFixed(1) : '—',
    nudges: `${day.expected.length} / ${day.opened.length}`,
    when: `${day.expected.join(' ') || '—'} / ${day.opened.join(' ') || '—'}`,
    result: day.pass ? 'PASS' : `FAIL${day.bug ? ` (${day.bug.split(':')[0]})` : ''}`,
  };
});
const head = {
  scenario: 'scenario',
  checkpoints: 'checks',
  worst: 'worst checkpoint: true / measured min',
  off: 'off',
  nudges: 'nudges exp / opened',
  when: 'nudge times expected / opened',
  result: 'budget',
};
const keys = Object.keys(head);
const width = Object.fromEntries(keys.map((k) => [k, Math.max(...[head, ...rows].map((r) => r[k].length))]));
const line = (r) =>
  keys
    .map((k) => r[k].padEnd(width[k]))
    .join('  ')
    .trimEnd();
console.log('\nLabelled days (solitary minutes and nudges against hand-written truth):');
console.log(line(head));
console.log(keys.map((k) => '-'.repeat(width[k])).join('  '));
for (const r of rows) console.log(line(r));
const failed = rows.filter((r) => r.result.startsWith('FAIL')).length;
for (const day of days.filter((d) => d.bug)) console.log(`  ${day.name}: ${day.bug}`);
console.log(
  `\n${rows.length - failed} of ${rows.length} days within budget (±1 min at every checkpoint, every nudge within 1 min, no other nudge).`,
);
/** Days that missed the budget (every day, when the run produced no report). */
export const failedDays = days.length === 0 ? 1 : failed;
if (direct) process.exit(failedDays > 0 ? 1 : 0);
