// `npm run submit:dry-run`: `wxt submit --dry-run` with this version's packages — checks that the
// store credentials work without uploading anything. `-- --for-real` uploads and submits for review.
// Never run in CI. The credentials come from the environment or from `.env.submit` (git-ignored;
// `npx wxt submit init` writes it); their names are listed in the README (Releasing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const SECRETS = {
  chrome: ['CHROME_EXTENSION_ID', 'CHROME_CLIENT_ID', 'CHROME_CLIENT_SECRET', 'CHROME_REFRESH_TOKEN'],
  firefox: ['FIREFOX_EXTENSION_ID', 'FIREFOX_JWT_ISSUER', 'FIREFOX_JWT_SECRET'],
  edge: ['EDGE_PRODUCT_ID', 'EDGE_CLIENT_ID', 'EDGE_API_KEY'],
};

const forReal = process.argv.includes('--for-real');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = (name) => `.output/attune-${version}-${name}.zip`;

const fromFile = existsSync('.env.submit')
  ? Object.fromEntries(
      readFileSync('.env.submit', 'utf8')
        .split('\n')
        .map((line) => /^\s*([A-Z0-9_]+)\s*=/.exec(line)?.[1])
        .filter(Boolean)
        .map((name) => [name, true]),
    )
  : {};
const missing = Object.values(SECRETS)
  .flat()
  .filter((name) => !process.env[name] && !fromFile[name]);
if (missing.length > 0) {
  console.error(`Missing store credentials: ${missing.join(', ')}.`);
  console.error('Set them in the environment or in .env.submit (`npx wxt submit init` asks for each).');
  process.exit(1);
}
const packages = [zip('chrome'), zip('firefox'), zip('sources'), zip('edge')];
const absent = packages.filter((file) => !existsSync(file));
if (absent.length > 0) {
  console.error(`Missing packages: ${absent.join(', ')}. Run \`npm run release\` first.`);
  process.exit(1);
}

const result = spawnSync(
  'npx',
  [
    'wxt',
    'submit',
    ...(forReal ? [] : ['--dry-run']),
    '--chrome-zip',
    zip('chrome'),
    '--firefox-zip',
    zip('firefox'),
    '--firefox-sources-zip',
    zip('sources'),
    '--edge-zip',
    zip('edge'),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
