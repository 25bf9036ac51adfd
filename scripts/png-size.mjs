// The pixel size of a PNG, read from its header (IHDR), without any image library.
import { readFileSync } from 'node:fs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * @param {string} file
 * @returns {{ width: number, height: number }}
 */
export function pngSize(file) {
  const head = readFileSync(file).subarray(0, 24);
  if (!head.subarray(0, 8).equals(SIGNATURE) || head.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}
