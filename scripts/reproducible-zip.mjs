// Rewrites a zip WXT made so that the same files always give the same bytes: entries sorted by
// name, one fixed timestamp, no folder entries. JSZip (which WXT uses) stamps every entry with the
// time of the build and adds files in directory-listing order, so two identical builds would
// otherwise differ. AMO reviewers rebuild the Firefox package from the sources zip and compare.
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** 1980-01-01, the first date a zip entry can hold. */
const FIXED_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * Reads every file entry of a zip, sorted by name.
 * @param {string | Buffer} zip a path or the zip's bytes
 * @returns {Promise<Map<string, Buffer>>}
 */
export async function readZipEntries(zip) {
  const archive = await JSZip.loadAsync(typeof zip === 'string' ? await readFile(zip) : zip);
  const names = Object.values(archive.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
  const entries = new Map();
  for (const name of names) entries.set(name, await archive.files[name].async('nodebuffer'));
  return entries;
}

/**
 * Rewrites the zip at `file` deterministically, in place.
 * @param {string} file
 */
export async function normalizeZip(file) {
  const out = new JSZip();
  for (const [name, content] of await readZipEntries(file)) {
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  const bytes = await out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  await writeFile(file, bytes);
}
