// The demo's camera for Chromium's own toolbar, where the calm badge lives (issue 20): a page
// screenshot cannot show browser chrome, so this captures the X display with ImageMagick's `import`
// and crops it to the top-right of the browser window, where Attune's button sits once pinned.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The crop, in screen pixels from the window's top-right corner: the toolbar's right end, below the
 * tab strip (the address bar's end with its star, Attune, the extensions menu, profile and menu).
 */
const CROP = { width: 220, height: 48, top: 40 };
/**
 * Saved three times as large, each pixel a 3×3 block (no smoothing): the badge on a 16 px icon is a
 * few pixels, too small to read on most screens at its real size.
 */
const SCALE = '300%';

/**
 * Why toolbar shots cannot be taken here, or null when they can: they need a display to capture
 * and ImageMagick's `import` (Debian's `imagemagick`, installed by scripts/system-deps.sh).
 * @returns {string | null}
 */
export function toolbarShotsUnavailable() {
  if (!process.env.DISPLAY) return 'there is no display (headless), so no toolbar to capture';
  if (spawnSync('which', ['import']).status !== 0)
    return 'ImageMagick’s `import` is not installed (Debian: imagemagick)';
  return null;
}

/**
 * The id Chromium gives an unpacked extension without a `key`: the first 32 hex digits of the
 * SHA-256 of its absolute path, each digit written as a letter from a to p.
 * @param {string} dir
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * A fresh profile folder whose Preferences pin the unpacked extension in `extensionDir` to the
 * toolbar (`extensions.pinned_extensions`, read when Chromium starts); otherwise its button hides
 * behind the extensions menu with its badge. The caller removes the folder.
 * @param {string} extensionDir
 * @returns {{ dir: string, id: string }}
 */
export function pinnedProfile(extensionDir) {
  const id = unpackedExtensionId(extensionDir);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'attune-demo-'));
  mkdirSync(path.join(dir, 'Default'));
  writeFileSync(
    path.join(dir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { pinned_extensions: [id] } }),
  );
  return { dir, id };
}

/**
 * Saves the right end of the toolbar of the browser window that shows `page` to `file`, once the
 * badge says `badge` (the worker sets it on its next tick, a second in the demo build). The window
 * must be wide: a narrow one folds the pinned button into the toolbar's overflow menu.
 * @param {import('@playwright/test').Worker} worker Attune's service worker
 * @param {import('@playwright/test').Page} page
 * @param {string} file
 * @param {string} badge
 */
export async function shootToolbar(worker, page, file, badge) {
  let shown = null;
  for (const deadline = Date.now() + 5000; Date.now() < deadline; await page.waitForTimeout(200)) {
    shown = await worker.evaluate(() => chrome.action.getBadgeText({}));
    if (shown === badge) break;
  }
  if (shown !== badge) {
    throw new Error(`${file}: the badge said ${JSON.stringify(shown)}, not ${JSON.stringify(badge)}`);
  }
  await page.waitForTimeout(300); // drawn
  const cdp = await page.context().newCDPSession(page);
  const { bounds } = await cdp.send('Browser.getWindowForTarget');
  await cdp.detach();
  const left = (bounds.left ?? 0) + (bounds.width ?? CROP.width) - CROP.width;
  const top = (bounds.top ?? 0) + CROP.top;
  const crop = `${CROP.width}x${CROP.height}+${left}+${top}`;
  const args = ['-window', 'root', '-crop', crop, '+repage', '-filter', 'point', '-resize', SCALE, file];
  const run = spawnSync('import', args);
  if (run.status !== 0) throw new Error(`import failed on ${file}: ${run.stderr}`);
}
