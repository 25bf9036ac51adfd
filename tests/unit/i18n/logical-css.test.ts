/**
 * Every page mirrors in a right-to-left language because its CSS names sides logically
 * (`margin-inline-start`, `text-align: start`), never left or right. The one exception is a rule
 * written for right-to-left pages only (`[dir="rtl"] …`), where the side is meant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STYLESHEETS = [
  'assets/tokens.css',
  ...readdirSync('entrypoints', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(`entrypoints/${entry.name}`).map((file) => `entrypoints/${entry.name}/${file}`),
    )
    .filter((path) => path.endsWith('.css')),
];

const PHYSICAL =
  /(?:^|[\s;{])(?:(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)|left|right|float\s*:\s*(?:left|right)|text-align\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right))\b/;

/** Each rule's selector and body, comments removed. */
function rules(css: string): { selector: string; body: string }[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: (selector as string).trim(),
    body: body as string,
  }));
}

describe('stylesheets', () => {
  it('are found (every page has one)', () => {
    expect(STYLESHEETS.length).toBeGreaterThanOrEqual(4);
  });

  it.each(STYLESHEETS)('%s names sides logically (inline-start/end), not left/right', (path) => {
    const physical = rules(readFileSync(path, 'utf8'))
      .filter(({ selector }) => !selector.includes('[dir="rtl"]'))
      .flatMap(({ selector, body }) =>
        body
          .split(';')
          .map((declaration) => declaration.trim())
          .filter(
            (declaration) => PHYSICAL.test(` ${declaration}`) || /:\s*(?:left|right)\s*$/.test(declaration),
          )
          .filter(
            (declaration) => !/^(?:transform-origin|background-position|object-position)/.test(declaration),
          )
          .map((declaration) => `${selector} { ${declaration} }`),
      );

    expect(physical).toEqual([]);
  });
});
