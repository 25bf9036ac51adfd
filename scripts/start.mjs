// `npm start`: builds Attune and opens it in a browser with a throwaway profile, so a newcomer sees
// it running with one command.
//   npm start                     Chromium (Debian's chromium, or Chrome for Testing via CHROMIUM_PATH)
//   npm start -- --firefox        Firefox ESR (FIREFOX_PATH), through `web-ext run`
//   npm start -- --fast           the accelerated build: a minute lasts a second, so the first nudge
//                                 comes after about 90 seconds at the screen
// With no display it says so, runs the demo headless and prints where its screenshots are.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, extensionArgs } from './chromium.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((a) => !['--firefox', '--fast'].includes(a));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Use: npm start [-- --firefox] [-- --fast]`);
  process.exit(2);
}
const firefox = args.includes('--firefox');
const fast = args.includes('--fast');
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? 'firefox-esr';

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// The one browser this needs (the headless demo runs in Chromium): installed with apt-get when run
// as root, as `npm test` does; otherwise the command that installs it.
const needsFirefox = firefox && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const [binary, debianPackage] = needsFirefox ? [FIREFOX_PATH, 'firefox-esr'] : [CHROMIUM_PATH, 'chromium'];
if (spawnSync('sh', ['-c', 'command -v "$0"', binary]).status !== 0) {
  if (process.getuid?.() !== 0) {
    console.error(`${binary} is not installed. Install it with:\n  sudo apt-get install -y ${debianPackage}`);
    process.exit(1);
  }
  console.log(`Installing ${debianPackage} with apt-get…`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage, 'fonts-dejavu-core']);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log('No display here (DISPLAY is not set), so no browser window can open.');
  console.log(
    `Running the demo headless instead${firefox ? ' (in Chromium)' : ''}: it plays a session until the nudge and takes screenshots.`,
  );
  run('node', ['scripts/demo.mjs', '--no-docs']);
  console.log(
    `\nOpen the screenshots in ${path.resolve('.output/demo')}/ — the store images are in store-images/ there.`,
  );
  console.log('On a machine with a display, `npm start` opens Attune in a real browser window.');
  process.exit(0);
}

console.log(
  `Building Attune for ${firefox ? 'Firefox' : 'Chromium'}${fast ? ' with accelerated time' : ''}…`,
);
run('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : []), ...(fast ? ['--mode', 'demo'] : [])]);
const extension = path.resolve(`.output/${firefox ? 'firefox-mv2' : 'chrome-mv3'}${fast ? '-demo' : ''}`);

console.log(
  `\nAttune is starting in a fresh ${firefox ? 'Firefox' : 'Chromium'} profile; the welcome page opens first.`,
);
if (fast) {
  console.log('Accelerated time: a minute lasts a second. Keep using the mouse or keyboard and the first');
  console.log('nudge opens after about 90 seconds (the default "nudge after" is 90 minutes).');
  const hour = new Date().getHours();
  if (hour >= 22 || hour < 7) {
    console.log(
      'It is within the default quiet hours (22:00–07:00): turn them off in Settings to see the nudge now.',
    );
  }
}
console.log('Close the browser to stop; the profile is thrown away.\n');

let child;
let profile = null;
if (firefox) {
  // web-ext makes its own temporary profile and installs the build as a temporary add-on.
  child = spawn(
    'npx',
    ['web-ext', 'run', '--source-dir', extension, '--firefox', FIREFOX_PATH, '--no-reload', '--no-input'],
    { stdio: 'inherit' },
  );
} else {
  const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  const branded = /Google Chrome (\d+)/.exec(version);
  if (branded && Number(branded[1]) >= 137) {
    console.error(`${CHROMIUM_PATH} is Google Chrome ${branded[1]}, which ignores --load-extension.`);
    console.error("Install Debian's chromium, or point CHROMIUM_PATH at Chrome for Testing or Chromium.");
    process.exit(1);
  }
  profile = mkdtempSync(path.join(tmpdir(), 'attune-profile-'));
  // --no-sandbox only where Chromium needs it (as root); elsewhere it would show a warning bar.
  const flags = extensionArgs(extension).filter(
    (flag) => flag !== '--no-sandbox' || process.getuid?.() === 0,
  );
  child = spawn(CHROMIUM_PATH, [`--user-data-dir=${profile}`, ...flags], { stdio: 'ignore' });
}

const cleanUp = () => {
  if (profile) rmSync(profile, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
