// Groups lib/ by the product's concepts and leaves components/ with components only, in one step
// that can be re-run on the newest main (issue 14, "A layout that explains the product").
//
//   node scripts/relayout.mjs          move (git mv), rewrite every path that names a moved file,
//                                      format and stage the touched files, run the layout check
//   node scripts/relayout.mjs --plan   print what would move and change; touch nothing
//
// Data-driven: MOVES below is the whole map. Before touching anything it fails when a file in lib/
// (top level) or a non-component in components/ is not in the map, so a file added since the map
// was written is never left behind. Tests under tests/unit/lib/ follow their module into the same
// folder (matched by name). Then every relative path in the repository's code (imports,
// `export … from`, `import()`, `vi.mock('…')`, a fixture's `resolve(__dirname, '../…')`) that names
// a moved file, or sits in one, is rewritten, and so is every mention of a moved file's repo path
// (`lib/stats.ts`) in comments and docs (CHANGELOG.md keeps its history). Files already moved are
// skipped, so a second run does nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIB_CONCEPTS } from './check-layout.mjs';
import { diskExists, relativeStrings, resolveSpecifier, SOURCE_EXTENSIONS } from './import-graph.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each concept folder of lib/, its main file (which opens with the folder's paragraph) and its files. */
export const GROUPS = {
  // Lowest: how plain modules say things. Every concept may import it.
  words: { main: 'phrase.ts', files: ['phrase.ts', 'duration.ts', 'shortcut.ts'] },
  calls: { main: 'call-services.ts', files: ['call-services.ts', 'call-toggles.ts'] },
  settings: {
    main: 'settings.ts',
    files: [
      'settings.ts',
      'settings-edit.ts',
      'quiet-hours.ts',
      'rhythm-presets.ts',
      'first-nudge.ts',
      'permissions.ts',
    ],
  },
  tracker: {
    main: 'tracker.ts',
    files: [
      'tracker.ts',
      'tracker-state.ts',
      'tracker-time.ts',
      'tracker-nudge.ts',
      'tracker-looks.ts',
      'decision-log.ts',
      'badge.ts',
    ],
  },
  people: {
    main: 'contacts.ts',
    files: ['contacts.ts', 'contact-edit.ts', 'reach-out.ts', 'channel-choice.ts', 'templates.ts'],
  },
  reflections: { main: 'reflections.ts', files: ['reflections.ts', 'rotation.ts', 'open-guard.ts'] },
  history: { main: 'stats.ts', files: ['stats.ts', 'insights.ts'] },
  safety: { main: 'crisis-lines.ts', files: ['crisis-lines.ts'] },
  // Highest: a backup holds every other concept.
  data: { main: 'backup.ts', files: ['backup.ts', 'privacy-policy.ts'] },
};

/**
 * components/ keeps components (.tsx). Its helpers go to platform/: each touches the browser
 * (storage, `#i18n`, a download through the DOM) or is a hook over storage for the pages.
 */
const COMPONENT_HELPERS = [
  'contact-last-reached.ts',
  'default-templates.ts',
  'reflection-words.ts',
  'save-file.ts',
  'stored-templates.ts',
  'use-crisis-country.ts',
  'use-settings.ts',
];

/** old path → new path, repo-relative. */
export const MOVES = Object.fromEntries([
  ...Object.entries(GROUPS).flatMap(([group, { files }]) =>
    files.map((f) => [`lib/${f}`, `lib/${group}/${f}`]),
  ),
  ...COMPONENT_HELPERS.map((f) => [`components/${f}`, `platform/${f}`]),
]);

/** Text files whose mentions of a moved path are kept as written (history, and this map itself). */
const KEEP_MENTIONS = new Set(['CHANGELOG.md', 'scripts/relayout.mjs']);
const CODE = new RegExp(`(${SOURCE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`);
const TEXT = /\.(ts|tsx|mts|mjs|js|cjs|json|md|yml|yaml|html|css|sh|txt)$/;

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const lines = (out) => out.split('\n').filter(Boolean);

/** Tests under tests/unit/lib/ follow the module their name starts with (`tracker.property.test.ts`). */
function testMoves(files) {
  const moves = {};
  const unmatched = [];
  const modules = Object.keys(MOVES)
    .filter((f) => f.startsWith('lib/'))
    .map((f) => path.posix.basename(f, '.ts'))
    .sort((a, b) => b.length - a.length);
  for (const file of files) {
    const m = /^tests\/unit\/lib\/([^/]+\.test\.tsx?)$/.exec(file);
    if (!m?.[1]) continue;
    const name = m[1];
    const owner = modules.find((mod) => name.startsWith(`${mod}.`) || name.startsWith(`${mod}-`));
    if (!owner) {
      unmatched.push(file);
      continue;
    }
    moves[file] = `tests/unit/${path.posix.dirname(MOVES[`lib/${owner}.ts`])}/${name}`;
  }
  return { moves, unmatched };
}

/** `to` as a specifier from `fromFile`, written the way `original` was (with or without extension). */
function specifierFor(fromFile, to, original) {
  const originalExt = path.posix.extname(original);
  const keepExt = originalExt !== '' && SOURCE_EXTENSIONS.includes(originalExt);
  let target = to;
  if (!keepExt) target = to.replace(/\.(ts|tsx|mts)$/, '').replace(/\/index$/, '');
  else if (originalExt !== path.posix.extname(to)) target = to.replace(/\.[^.]+$/, originalExt);
  let rel = path.posix.relative(path.posix.dirname(fromFile), target);
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

/** A plain path (a fixture, a folder) from `fromFile`'s folder, keeping a trailing `/`. */
function relativePath(fromFile, to, original) {
  let rel = path.posix.relative(path.posix.dirname(fromFile), to) || '.';
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return original.endsWith('/') && !rel.endsWith('/') ? `${rel}/` : rel;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces mentions of moved repo paths in prose (comments, docs): `lib/stats.ts`, `../lib/stats.ts`. */
function rewriteMentions(text, moves) {
  let out = text;
  for (const [from, to] of Object.entries(moves)) {
    // Not inside a longer path (`tests/unit/lib/x.ts`) or name; `../` in front is a relative link.
    const re = new RegExp(`(?<![\\w-]|[\\w-]/)${escapeRegExp(from)}(?![\\w.-]*\\w)`, 'g');
    out = out.replace(re, to);
  }
  return out;
}

function main() {
  const plan = process.argv.includes('--plan');
  const tracked = new Set(lines(git('ls-files')));
  const all = [...new Set([...tracked, ...lines(git('ls-files', '--others', '--exclude-standard'))])]
    .filter((f) => existsSync(path.join(ROOT, f)))
    .sort();

  // 1. Nothing left behind: every lib/*.ts and every non-component of components/ is in the map.
  const unmapped = all.filter(
    (f) =>
      ((/^lib\/[^/]+\.tsx?$/.test(f) && !f.endsWith('.d.ts')) ||
        /^components\/[^/]+\.(ts|mts|js|mjs)$/.test(f)) &&
      !MOVES[f],
  );
  if (unmapped.length > 0) {
    console.error(
      `relayout: not in the map (add each to GROUPS or COMPONENT_HELPERS in scripts/relayout.mjs):`,
    );
    for (const f of unmapped) console.error(`  ${f}`);
    process.exit(1);
  }

  const unordered = Object.keys(GROUPS).filter((g) => !LIB_CONCEPTS.includes(g));
  if (unordered.length > 0) {
    console.error(`relayout: add ${unordered.join(', ')} to LIB_CONCEPTS in scripts/check-layout.mjs`);
    process.exit(1);
  }

  const { moves: tests, unmatched } = testMoves(all);
  const wanted = { ...MOVES, ...tests };
  const moves = {};
  const problems = [];
  for (const [from, to] of Object.entries(wanted)) {
    const fromHere = existsSync(path.join(ROOT, from));
    const toHere = existsSync(path.join(ROOT, to));
    if (fromHere && toHere) problems.push(`both ${from} and ${to} exist`);
    else if (fromHere) moves[from] = to;
    else if (!toHere) console.warn(`relayout: ${from} is in the map but not in the tree (removed?); skipped`);
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`relayout: ${p}`);
    process.exit(1);
  }
  for (const f of unmatched) console.warn(`relayout: ${f} names no mapped module; it stays where it is`);
  // Each folder's main file opens with a paragraph that names the files beside it.
  for (const [group, { main: mainFile, files }] of Object.entries(GROUPS)) {
    const where = (f) => [`lib/${f}`, `lib/${group}/${f}`].find((p) => existsSync(path.join(ROOT, p)));
    const file = where(mainFile);
    const text = file ? readFileSync(path.join(ROOT, file), 'utf8') : '';
    const opening = text.startsWith('/**') ? text.slice(0, text.indexOf('*/')) : '';
    if (!opening) console.warn(`relayout: lib/${group}/${mainFile} should open with the folder's paragraph`);
    const unnamed = files.filter((f) => where(f) && !opening.includes(f));
    if (opening && unnamed.length > 0) {
      console.warn(
        `relayout: lib/${group}/${mainFile}'s opening paragraph does not name ${unnamed.join(', ')}`,
      );
    }
  }
  // ARCHITECTURE.md is written for the layout after the move: every path it names must exist then.
  if (existsSync(path.join(ROOT, 'ARCHITECTURE.md'))) {
    const after = new Set([...all.filter((f) => !moves[f]), ...Object.values(moves)]);
    const named = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8').matchAll(
      /`((?:lib|platform|components|entrypoints|tests|scripts)\/[\w./-]+\.\w+)`/g,
    );
    for (const [, p] of named)
      if (!after.has(p)) console.warn(`relayout: ARCHITECTURE.md names ${p}, which won't exist`);
  }
  if (Object.keys(moves).length === 0) {
    console.log('relayout: nothing to move (already laid out)');
    return;
  }

  // 2. Every relative module path in the code, resolved in the old layout, rewritten for the new one.
  const exists = diskExists(ROOT);
  const newPath = (f) => moves[f] ?? f;
  const contents = new Map();
  let rewritten = 0;
  for (const file of all.filter((f) => CODE.test(f) && !f.startsWith('node_modules/'))) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const edits = [];
    for (const ref of relativeStrings(file, text)) {
      // A module (`'../lib/stats'`), else any path that exists (`'../../fixtures/article.txt'`).
      const module = resolveSpecifier(file, ref.specifier, exists);
      const exact = path.posix.normalize(path.posix.join(path.posix.dirname(file), ref.specifier));
      const target = module ?? (existsSync(path.join(ROOT, exact)) ? exact : null);
      if (!target || (!moves[file] && !moves[target])) continue;
      const next = module
        ? specifierFor(newPath(file), newPath(target), ref.specifier)
        : relativePath(newPath(file), newPath(target), ref.specifier);
      if (next !== ref.specifier) edits.push({ ...ref, next });
    }
    let out = text;
    for (const edit of edits.sort((a, b) => b.start - a.start)) {
      out = out.slice(0, edit.start) + edit.next + out.slice(edit.end);
    }
    rewritten += edits.length;
    if (out !== text) contents.set(file, out);
  }

  // 3. Mentions of moved paths in comments and docs.
  let mentions = 0;
  for (const file of all.filter((f) => TEXT.test(f) && !KEEP_MENTIONS.has(f) && f !== 'package-lock.json')) {
    const text = contents.get(file) ?? readFileSync(path.join(ROOT, file), 'utf8');
    const out = rewriteMentions(text, moves);
    if (out !== text) {
      mentions++;
      contents.set(file, out);
    }
  }

  console.log(`relayout: ${Object.keys(moves).length} files move:`);
  for (const [from, to] of Object.entries(moves)) console.log(`  ${from} → ${to}`);
  console.log(
    `relayout: ${rewritten} relative paths rewritten, ${contents.size} files changed (${mentions} with path mentions)`,
  );
  if (plan) {
    for (const file of [...contents.keys()].sort()) console.log(`  would change ${newPath(file)}`);
    return;
  }

  // 4. Move (git mv keeps history; a file not yet tracked is renamed), then write the new contents.
  for (const [from, to] of Object.entries(moves)) {
    mkdirSync(path.dirname(path.join(ROOT, to)), { recursive: true });
    if (tracked.has(from)) git('mv', from, to);
    else {
      console.warn(`relayout: ${from} is not tracked by git; renamed without git mv`);
      renameSync(path.join(ROOT, from), path.join(ROOT, to));
    }
  }
  for (const [file, text] of contents) writeFileSync(path.join(ROOT, newPath(file)), text);

  // 5. Import order and line lengths as Biome keeps them, on the touched files only.
  const touched = [...new Set([...Object.values(moves), ...[...contents.keys()].map(newPath)])].filter((f) =>
    /\.(ts|tsx|mts|mjs|js|json|md)$/.test(f),
  );
  try {
    execFileSync('npx', ['biome', 'check', '--write', '--no-errors-on-unmatched', ...touched], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  } catch {
    console.warn('relayout: Biome reported the problems above (the move itself is done)');
  }
  // 6. Stage exactly what the move touched (files git already knew), ready for one commit.
  const written = new Set(
    [...Object.keys(moves), ...contents.keys()].filter((f) => tracked.has(f)).map(newPath),
  );
  git('add', '--', ...written);
  execFileSync('node', ['scripts/check-layout.mjs'], { cwd: ROOT, stdio: 'inherit' });
  console.log(
    `relayout: done, ${written.size} files staged. Next: npx tsc --noEmit && npx vitest run, then git commit.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
