// The layout's rules, checked on the app code (lib/, platform/, components/, entrypoints/; tests
// and scripts are free). Part of `npm test`; run alone with `node scripts/check-layout.mjs`.
// - No import cycle, type-only imports included: a type two concepts share belongs to the lower one.
// - `browser.*` / `chrome.*` (and the modules that provide them) only in platform/ and entrypoints/.
// - lib/ stays plain: it imports only lib/ and packages, never the platform, pages, `#i18n` or WXT.
// - lib/'s concept folders import only the concepts below them (LIB_CONCEPTS, lowest first).
// - platform/'s folders import only the folders PLATFORM_GROUPS allows, and only the background's
//   entry imports platform/worker/.
// Each problem is printed as `file:line  message`; any problem exits with status 1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { diskExists, listSources, moduleReferences, parse, read, resolveSpecifier } from './import-graph.mjs';

export const APP_DIRS = ['lib', 'platform', 'components', 'entrypoints'];
/** Where `browser.*` and `chrome.*` may be used. */
export const EDGE_DIRS = ['platform', 'entrypoints'];
/**
 * lib/'s concept folders, lowest first: a folder imports only the ones before it, so two concepts
 * never lean on each other (a type both need goes to the lower one). Files directly in lib/ are free.
 */
export const LIB_CONCEPTS = [
  'words',
  'calls',
  'settings',
  'tracker',
  'people',
  'reflections',
  'history',
  'safety',
  'data',
];
/**
 * platform/'s folders, grouped by who loads them, each with the folders it may import: storage/ is
 * lowest, shared/ is what both sides load, and pages/ and worker/ never import each other (a page
 * that loaded the engine would carry the worker's code in its bundle; the worker, the pages' hooks).
 * Files directly in platform/ are free.
 */
export const PLATFORM_GROUPS = {
  storage: [],
  shared: ['storage'],
  pages: ['storage', 'shared'],
  worker: ['storage', 'shared'],
};
/** Modules that hand out the browser API object. */
const BROWSER_MODULES = /^(wxt\/browser|webextension-polyfill|@wxt-dev\/browser)(\/|$)/;
/** What lib/ must never import: the browser, the pages' i18n, WXT and the UI. */
const NOT_IN_LIB = /^(#|wxt(\/|$)|@wxt-dev\/|webextension-polyfill|preact(\/|$))/;

const top = (file) => file.split('/')[0];

/** The concept folder of a lib/ file (`lib/tracker/badge.ts` → `tracker`), or null. */
const conceptOf = (file) => /^lib\/([^/]+)\/./.exec(file)?.[1] ?? null;

/** Why `file` may not import `target` across lib/'s concept folders, or null when it may. */
function conceptProblem(file, target) {
  const from = conceptOf(file);
  const to = conceptOf(target);
  if (!from || !to || from === to) return null;
  for (const folder of [from, to]) {
    if (!LIB_CONCEPTS.includes(folder)) {
      return `lib/${folder}/ is not in LIB_CONCEPTS (scripts/check-layout.mjs): add it in its place`;
    }
  }
  if (LIB_CONCEPTS.indexOf(to) < LIB_CONCEPTS.indexOf(from)) return null;
  return `imports ${target}: lib/${from}/ may use only the concepts below it (${LIB_CONCEPTS.join(' < ')})`;
}

/** The folder of a platform/ file (`platform/worker/engine.ts` → `worker`), or null. */
const platformGroupOf = (file) => /^platform\/([^/]+)\/./.exec(file)?.[1] ?? null;

/** Why `file` may not import `target` across platform/'s folders, or null when it may. */
function platformProblem(file, target) {
  const to = platformGroupOf(target);
  if (!to) return null;
  const from = platformGroupOf(file);
  if (to === 'worker' && from !== 'worker' && !file.startsWith('entrypoints/background/')) {
    return `imports ${target}: platform/worker/ is the background's, and only entrypoints/background/ imports it`;
  }
  if (!from || from === to) return null;
  for (const folder of [from, to]) {
    if (!Object.hasOwn(PLATFORM_GROUPS, folder)) {
      return `platform/${folder}/ is not in PLATFORM_GROUPS (scripts/check-layout.mjs): add it with what it may import`;
    }
  }
  if (PLATFORM_GROUPS[from].includes(to)) return null;
  const allowed = PLATFORM_GROUPS[from].map((g) => `platform/${g}/`);
  if (allowed.length === 0) return `imports ${target}: platform/${from}/ imports no other platform/ folder`;
  return `imports ${target}: platform/${from}/ may import only ${allowed.join(', ')}`;
}

/** Uses of the `browser` / `chrome` objects (`browser.tabs`, `chrome['runtime']`), with their lines. */
function browserUses(file, text) {
  const source = parse(file, text);
  const uses = [];
  const visit = (node) => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      (node.expression.text === 'browser' || node.expression.text === 'chrome')
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      uses.push({ line, text: node.getText(source).split('\n')[0] });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

/** One cycle through `start`'s strongly connected component, as a list of edges. */
function oneCycle(start, component, edges) {
  const inside = new Set(component);
  const seen = new Set([start]);
  const walk = (file, trail) => {
    for (const edge of edges.get(file) ?? []) {
      if (!inside.has(edge.to)) continue;
      if (edge.to === start) return [...trail, edge];
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      const found = walk(edge.to, [...trail, edge]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, []);
}

/** Tarjan's strongly connected components with more than one file, or a file importing itself. */
function cyclicComponents(files, edges) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const order = new Map();
  const low = new Map();
  const found = [];
  const connect = (file) => {
    order.set(file, index);
    low.set(file, index);
    index++;
    stack.push(file);
    onStack.add(file);
    for (const { to } of edges.get(file) ?? []) {
      if (!order.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file), low.get(to)));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file), order.get(to)));
    }
    if (low.get(file) === order.get(file)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      const selfLoop = (edges.get(file) ?? []).some((e) => e.to === file);
      if (component.length > 1 || selfLoop) found.push(component.sort());
    }
  };
  for (const file of files) if (!order.has(file)) connect(file);
  return found;
}

/** Every problem in the app code under `root`: `{ file, line, message }`, sorted by file and line. */
export function checkLayout(root) {
  const files = listSources(root, APP_DIRS).filter((f) => !f.endsWith('.d.ts'));
  const exists = diskExists(root);
  const problems = [];
  const edges = new Map();

  for (const file of files) {
    const text = read(root, file);
    const out = [];
    for (const ref of moduleReferences(file, text)) {
      if (ref.kind === 'call') continue;
      if (BROWSER_MODULES.test(ref.specifier) && !EDGE_DIRS.includes(top(file))) {
        problems.push({
          file,
          line: ref.line,
          message: `imports '${ref.specifier}': browser APIs belong in platform/ (or entrypoints/)`,
        });
      }
      const target = resolveSpecifier(file, ref.specifier, exists);
      if (top(file) === 'lib' && (NOT_IN_LIB.test(ref.specifier) || (target && top(target) !== 'lib'))) {
        problems.push({
          file,
          line: ref.line,
          message: `imports '${ref.specifier}': lib/ is plain logic and imports only lib/ and packages`,
        });
      }
      const problem = target && conceptProblem(file, target);
      if (problem) problems.push({ file, line: ref.line, message: problem });
      const platformIssue = target && platformProblem(file, target);
      if (platformIssue) problems.push({ file, line: ref.line, message: platformIssue });
      if (target && files.includes(target))
        out.push({ to: target, line: ref.line, specifier: ref.specifier });
    }
    edges.set(file, out);
    if (!EDGE_DIRS.includes(top(file))) {
      for (const use of browserUses(file, text)) {
        problems.push({
          file,
          line: use.line,
          message: `uses ${use.text}: browser APIs belong in platform/ (or entrypoints/)`,
        });
      }
    }
  }

  for (const component of cyclicComponents(files, edges)) {
    const cycle = oneCycle(component[0], component, edges) ?? [];
    let from = component[0];
    const steps = cycle.map((edge) => {
      const step = `${from}:${edge.line} → ${edge.to}`;
      from = edge.to;
      return step;
    });
    const others = component.length > cycle.length ? ` (${component.length} files in this knot)` : '';
    problems.push({
      file: component[0],
      line: cycle[0]?.line ?? 1,
      message: `import cycle: ${steps.join(', ')}${others}. Move what both need to the lower module.`,
    });
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { files: files.length, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
  const { files, problems } = checkLayout(root);
  for (const p of problems) console.error(`${p.file}:${p.line}  ${p.message}`);
  if (problems.length > 0) {
    console.error(`layout: ${problems.length} problem(s) in ${files} files`);
    process.exit(1);
  }
  console.log(
    `layout: ${files} files, no import cycle, browser APIs only in platform/ and entrypoints/, lib/ concepts and platform/ folders in order`,
  );
}
