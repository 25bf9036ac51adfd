// `npm run release`: runs every test, builds the three store packages from package.json's version
// (the one version source: WXT writes it into each manifest), checks that, and prints their sizes.
//   npm run release -- --skip-tests   only build and check the packages (to try the packaging)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { readZipEntries } from './reproducible-zip.mjs';

const skipTests = process.argv.includes('--skip-tests');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = (name) => `.output/attune-${version}-${name}.zip`;

if (!skipTests) {
  console.log(`Testing Attune ${version} (npm test)…`);
  if (spawnSync('npm', ['test'], { stdio: 'inherit' }).status !== 0) {
    console.error('The tests failed: nothing to release.');
    process.exit(1);
  }
}

console.log(`\nBuilding the store packages of Attune ${version}…`);
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'ignore' });
// Edge takes the Chromium package unchanged; a copy under its own name keeps uploads unambiguous.
copyFileSync(out('chrome'), out('edge'));

const packages = [
  ['Chrome Web Store', out('chrome')],
  ['Microsoft Edge Add-ons', out('edge')],
  ['addons.mozilla.org', out('firefox')],
  ['addons.mozilla.org (sources)', out('sources')],
];
const problems = [];
for (const [, file] of packages.slice(0, 3)) {
  const manifest = JSON.parse(String((await readZipEntries(file)).get('manifest.json')));
  if (manifest.version !== version) problems.push(`${file}: manifest version ${manifest.version}`);
}
const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.includes(`## [${version}]`)) {
  problems.push(`CHANGELOG.md has no "## [${version}]" section yet: move the Unreleased notes under it.`);
}

console.log('');
for (const [store, file] of packages) {
  console.log(
    `${store.padEnd(30)} ${file.padEnd(40)} ${(statSync(file).size / 1024).toFixed(1).padStart(7)} KB`,
  );
}
for (const problem of problems) console.error(`!! ${problem}`);
if (problems.length === 0) {
  console.log('\nReady. Check the secrets with `npm run submit:dry-run`, then upload (README: Releasing).');
}
process.exit(problems.length === 0 ? 0 : 1);
