// The source files' imports as TypeScript itself parses them: which module each file names, where,
// and what it resolves to, for scripts/check-layout.mjs (cycles, browser APIs outside the edge).
// Relative specifiers only: the project imports its own files by relative path, never through an
// alias.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];

/** Every source file under `dirs` (relative to `root`), recursively, as `/`-separated relative paths. */
export function listSources(root, dirs) {
  const out = [];
  const visit = (dir) => {
    const full = path.join(root, dir);
    if (!existsSync(full)) return;
    for (const name of readdirSync(full).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(root, rel)).isDirectory()) visit(rel);
      else if (SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext))) out.push(rel);
    }
  };
  for (const dir of dirs) {
    if (existsSync(path.join(root, dir)) && statSync(path.join(root, dir)).isFile()) out.push(dir);
    else visit(dir);
  }
  return out;
}

function scriptKind(file) {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (/\.(mjs|js)$/.test(file)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

export function parse(file, text) {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
}

const lineOf = (source, pos) => source.getLineAndCharacterOfPosition(pos).line + 1;

/**
 * The modules a file names: `import … from`, `export … from`, `import '…'`, `import('…')`, and any
 * call whose first argument names a module (`vi.mock('…')`, `vi.importActual('…')`). `kind` is
 * `static`, `dynamic` or `call`; `typeOnly` marks `import type`/`export type`.
 * `start`/`end` cover the specifier's text without its quotes.
 */
export function moduleReferences(file, text) {
  const source = parse(file, text);
  const refs = [];
  const add = (literal, kind, typeOnly) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    refs.push({
      specifier: literal.text,
      line: lineOf(source, literal.getStart(source)),
      start: literal.getStart(source) + 1,
      end: literal.getEnd() - 1,
      kind,
      typeOnly,
    });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const typeOnly = Boolean(
        clause &&
          (clause.isTypeOnly ||
            (!clause.name &&
              clause.namedBindings &&
              ts.isNamedImports(clause.namedBindings) &&
              clause.namedBindings.elements.length > 0 &&
              clause.namedBindings.elements.every((e) => e.isTypeOnly))),
      );
      add(node.moduleSpecifier, 'static', typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, 'static', node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], 'dynamic', false);
      else if (/^\.{1,2}\//.test(ts.isStringLiteralLike(node.arguments[0]) ? node.arguments[0].text : ''))
        add(node.arguments[0], 'call', false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'static', true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/**
 * The file a relative specifier names (repo-relative, `/`-separated), or null when it names a
 * package or nothing that exists. `exists(rel)` says whether a repo-relative file exists.
 */
export function resolveSpecifier(fromFile, specifier, exists) {
  if (!/^\.{1,2}(\/|$)/.test(specifier)) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  const stem = base.replace(/\.(js|mjs)$/, '');
  const candidates = [
    base,
    ...SOURCE_EXTENSIONS.map((ext) => base + ext),
    ...(stem !== base ? [`${stem}.ts`, `${stem}.tsx`, `${stem}.mts`] : []),
    ...SOURCE_EXTENSIONS.map((ext) => `${base}/index${ext}`),
  ];
  return candidates.find((c) => exists(c)) ?? null;
}

/** `exists` for files on disk under `root`. */
export function diskExists(root) {
  return (rel) => {
    const full = path.join(root, rel);
    return existsSync(full) && statSync(full).isFile();
  };
}

export function read(root, rel) {
  return readFileSync(path.join(root, rel), 'utf8');
}
