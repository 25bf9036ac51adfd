// Does what an AMO reviewer does: unzips attune-<version>-sources.zip into an empty folder with a
// different path and name, runs `npm ci` and `npm run build:firefox` there, and compares the
// Firefox package it gets with ours — every file byte for byte, and the zip itself. Also fails when
// `npm ci` prints an engine warning (the reviewer's Node is the one in .nvmrc).
//   node scripts/check-reproducible.mjs [--skip-build]   (--skip-build: use the zips in .output/)
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readZipEntries } from './reproducible-zip.mjs';

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const firefoxZip = path.resolve(`.output/attune-${version}-firefox.zip`);
const sourcesZip = path.resolve(`.output/attune-${version}-sources.zip`);

if (!process.argv.includes('--skip-build')) {
  console.log('Building the Firefox package and its sources zip…');
  execFileSync('npm', ['run', '--silent', 'build:firefox'], { stdio: 'ignore' });
}

const base = mkdtempSync(path.join(tmpdir(), 'amo-reviewer-'));
const copy = path.join(base, 'attune submitted sources');
const failures = [];
try {
  for (const [name, content] of await readZipEntries(sourcesZip)) {
    mkdirSync(path.dirname(path.join(copy, name)), { recursive: true });
    writeFileSync(path.join(copy, name), content);
  }
  console.log(`Unzipped the sources into "${copy}" (${seconds()})`);

  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: copy,
    encoding: 'utf8',
  });
  const installLog = `${install.stdout}\n${install.stderr}`;
  if (install.status !== 0) throw new Error(`npm ci failed:\n${installLog}`);
  const engineWarnings = installLog.split('\n').filter((line) => line.includes('EBADENGINE'));
  if (engineWarnings.length > 0)
    failures.push(`npm ci printed engine warnings:\n${engineWarnings.join('\n')}`);
  console.log(`npm ci: done, ${engineWarnings.length} engine warnings (${seconds()})`);

  const build = spawnSync('npm', ['run', '--silent', 'build:firefox'], { cwd: copy, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:firefox failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`npm run build:firefox: done (${seconds()})`);

  const ours = await readZipEntries(firefoxZip);
  const rebuiltZip = path.join(copy, `.output/attune-${version}-firefox.zip`);
  const theirs = await readZipEntries(rebuiltZip);
  for (const name of new Set([...ours.keys(), ...theirs.keys()])) {
    const a = ours.get(name);
    const b = theirs.get(name);
    if (!a || !b) failures.push(`${name}: only in the ${a ? 'submitted' : 'rebuilt'} package`);
    else if (!a.equals(b)) failures.push(`${name}: different bytes`);
  }
  const manifest = JSON.parse(String(theirs.get('manifest.json') ?? '{}'));
  if (manifest.version !== version)
    failures.push(`manifest version ${manifest.version}, package.json ${version}`);
  const hash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
  if (hash(firefoxZip) !== hash(rebuiltZip))
    failures.push('the zip files themselves differ (entry order or dates)');
  console.log(`Compared ${ours.size} files; sha256 of the package: ${hash(firefoxZip).slice(0, 16)}…`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  // The native `rm -rf`: fs.rmSync took over a minute on the fresh node_modules here.
  spawnSync('rm', ['-rf', base]);
}

for (const failure of failures) console.error(`!! ${failure}`);
console.log(
  failures.length === 0
    ? `The sources rebuild attune-${version}-firefox.zip byte for byte (${seconds()}).`
    : `The sources do not rebuild the Firefox package (${seconds()}).`,
);
process.exit(failures.length === 0 ? 0 : 1);
