// Reads the store listings in store/<language>/*.md: each `## Field` heading is the name of a field
// in that store's dashboard, and the text under it (one paragraph or list item a line, ready to
// paste) is what goes into the field.
import { readFileSync } from 'node:fs';

/**
 * The fields of one listing file, in order: heading → text, trimmed.
 * @param {string} file
 * @returns {Map<string, string>}
 */
export function readStoreFields(file) {
  const fields = new Map();
  let current = null;
  let lines = [];
  const flush = () => {
    if (current !== null) fields.set(current, lines.join('\n').trim());
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) {
      flush();
      current = heading[1].trim();
      lines = [];
    } else if (current !== null) {
      lines.push(line);
    }
  }
  flush();
  return fields;
}

/**
 * Length as the stores count it: characters (code points), not UTF-16 units or bytes.
 * @param {string} text
 */
export function storeLength(text) {
  return [...text].length;
}
