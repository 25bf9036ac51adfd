/**
 * The layout check in `npm test` (scripts/check-layout.mjs), run on small made-up projects: it must
 * name the file and line of an import cycle and of a `browser.*` call outside platform/ and
 * entrypoints/, and pass a project that keeps the rules.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayout, LIB_CONCEPTS } from '../../../scripts/check-layout.mjs';

const roots: string[] = [];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'attune-layout-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const messages = (root: string) => checkLayout(root).problems.map((p) => `${p.file}:${p.line} ${p.message}`);

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const CLEAN = {
  'lib/people/contacts.ts': "import { link } from './reach-out';\nexport const contact = link;\n",
  'lib/people/reach-out.ts': 'export const link = 1;\n',
  'platform/pages.ts':
    "import { browser } from 'wxt/browser';\nexport const url = () => browser.runtime.getURL('/a.html');\n",
  'components/link.tsx': "import { url } from '../platform/pages';\nexport const Link = () => url();\n",
  'entrypoints/popup/app.tsx':
    "import { Link } from '../../components/link';\nchrome.runtime.id;\nexport { Link };\n",
  // Tests and scripts are free to use the browser.
  'tests/unit/x.test.ts': 'browser.runtime.id;\n',
};

describe('layout check', () => {
  it('passes a project that keeps the rules', () => {
    expect(messages(project(CLEAN))).toEqual([]);
  });

  it('names the files and lines of an import cycle, type-only imports included', () => {
    const root = project({
      ...CLEAN,
      'lib/people/reach-out.ts': "import type { contact } from './contacts';\nexport const link = 1;\n",
    });

    expect(messages(root)).toEqual([
      'lib/people/contacts.ts:1 import cycle: lib/people/contacts.ts:1 → lib/people/reach-out.ts, ' +
        'lib/people/reach-out.ts:1 → lib/people/contacts.ts. Move what both need to the lower module.',
    ]);
  });

  it('finds a cycle through a dynamic import across folders', () => {
    const root = project({
      ...CLEAN,
      'platform/pages.ts': "export const later = () => import('../components/link');\n",
    });

    expect(messages(root)).toEqual([
      expect.stringMatching(
        /^components\/link\.tsx:1 import cycle: components\/link\.tsx:1 → platform\/pages\.ts/,
      ),
    ]);
  });

  it('names a browser.* or chrome.* call outside platform/ and entrypoints/, and the import behind it', () => {
    const root = project({
      ...CLEAN,
      'components/link.tsx':
        "import { browser } from 'wxt/browser';\n// browser.tabs in a comment is fine\nexport const Link = () =>\n  browser.runtime.getURL('/a.html');\n",
      'lib/people/reach-out.ts': "export const link = 1;\nexport const id = () => chrome['runtime'].id;\n",
    });

    expect(messages(root)).toEqual([
      "components/link.tsx:1 imports 'wxt/browser': browser APIs belong in platform/ (or entrypoints/)",
      'components/link.tsx:4 uses browser.runtime: browser APIs belong in platform/ (or entrypoints/)',
      "lib/people/reach-out.ts:2 uses chrome['runtime']: browser APIs belong in platform/ (or entrypoints/)",
    ]);
  });

  it('lets a lib/ concept use only the concepts below it, and names a folder missing from the order', () => {
    const root = project({
      ...CLEAN,
      'lib/words/phrase.ts': "import { contact } from '../people/contacts';\nexport const p = contact;\n",
      'lib/people/reach-out.ts': "import { p } from '../words/phrase';\nexport const link = p;\n",
      'lib/misc/x.ts': "import { link } from '../people/reach-out';\nexport const x = link;\n",
    });

    expect(messages(root)).toEqual([
      'lib/misc/x.ts:1 lib/misc/ is not in LIB_CONCEPTS (scripts/check-layout.mjs): add it in its place',
      expect.stringMatching(/^lib\/people\/contacts\.ts:1 import cycle: /),
      'lib/words/phrase.ts:1 imports lib/people/contacts.ts: lib/words/ may use only the concepts below it ' +
        `(${LIB_CONCEPTS.join(' < ')})`,
    ]);
  });

  it("keeps platform/'s folders apart: the pages never load the worker's glue, nor the worker the pages' hooks", () => {
    const root = project({
      ...CLEAN,
      'platform/storage/keys.ts': "export const KEYS = ['settings'];\n",
      'platform/shared/messages.ts':
        "import { KEYS } from '../storage/keys';\nexport const ask = () => KEYS;\n",
      'platform/worker/engine.ts':
        "import { ask } from '../shared/messages';\nexport const dispatch = ask;\n",
      'platform/worker/background.ts':
        "import { dispatch } from './engine';\nexport const start = dispatch;\n",
      'platform/pages/use-settings.ts':
        "import { ask } from '../shared/messages';\nimport { dispatch } from '../worker/engine';\nexport const use = [ask, dispatch];\n",
      'platform/storage/tracker-store.ts':
        "import { use } from '../pages/use-settings';\nexport const save = use;\n",
      'platform/misc/x.ts': "import { KEYS } from '../storage/keys';\nexport const x = KEYS;\n",
      'components/status.tsx':
        "import type { dispatch } from '../platform/worker/engine';\nexport type D = typeof dispatch;\n",
      'entrypoints/background/index.ts':
        "import { start } from '../../platform/worker/background';\nstart();\n",
    });

    expect(messages(root)).toEqual([
      "components/status.tsx:1 imports platform/worker/engine.ts: platform/worker/ is the background's, and only entrypoints/background/ imports it",
      'platform/misc/x.ts:1 platform/misc/ is not in PLATFORM_GROUPS (scripts/check-layout.mjs): add it with what it may import',
      "platform/pages/use-settings.ts:2 imports platform/worker/engine.ts: platform/worker/ is the background's, and only entrypoints/background/ imports it",
      'platform/storage/tracker-store.ts:1 imports platform/pages/use-settings.ts: platform/storage/ imports no other platform/ folder',
    ]);
  });

  it('keeps lib/ plain: no import from platform/, the pages or #i18n', () => {
    const root = project({
      ...CLEAN,
      'lib/people/reach-out.ts':
        "import { i18n } from '#i18n';\nimport { url } from '../../platform/pages';\nexport const link = [i18n, url];\n",
    });

    expect(messages(root)).toEqual([
      "lib/people/reach-out.ts:1 imports '#i18n': lib/ is plain logic and imports only lib/ and packages",
      "lib/people/reach-out.ts:2 imports '../../platform/pages': lib/ is plain logic and imports only lib/ and packages",
    ]);
  });
});
