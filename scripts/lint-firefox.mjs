// Runs `web-ext lint` on the Firefox build and fails on any error, and on any warning that is not
// explained below. Each allowed warning names the file it may come from and why it is safe.
import { execFileSync } from 'node:child_process';

const ALLOWED_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer assigns `innerHTML` only for `dangerouslySetInnerHTML`, which Attune never
    // uses; every text it shows is rendered as text nodes. The assignment sits in the shared chunk.
    file: /^chunks\/.*\.js$/,
  },
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    // `data_collection_permissions` needs Firefox 140 on desktop and 142 on Android; Attune targets
    // desktop only (Android has no `idle` or `windows`), so it declares 140 and no `gecko_android`.
    file: /^manifest\.json$/,
  },
];

const dir = process.argv[2] ?? '.output/firefox-mv2';
let raw;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
  raw = error.stdout;
}
const report = JSON.parse(raw);
const unexplained = report.warnings.filter(
  (w) => !ALLOWED_WARNINGS.some((a) => a.code === w.code && a.file.test(w.file ?? '')),
);
for (const item of [...report.errors, ...unexplained]) {
  console.error(`${item._type}: ${item.code} ${item.file ?? ''}:${item.line ?? ''} ${item.message}`);
}
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unexplained.length} explained in scripts/lint-firefox.mjs)`,
);
process.exit(report.errors.length + unexplained.length > 0 ? 1 : 0);
