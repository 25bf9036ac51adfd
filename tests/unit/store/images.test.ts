/**
 * The store images `npm run demo` made (store/images/) exist for every language they are shown in at the exact pixel
 * sizes the stores accept: the Chrome Web Store rejects a screenshot that is not 1280×800 (or
 * 640×400), a small promo tile that is not 440×280 and a marquee that is not 1400×560.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pngSize } from '../../../scripts/png-size.mjs';
import { storeImageLanguages, storeImageList } from '../../../scripts/store-images.mjs';

describe('store images', () => {
  // Every language the stores get screenshots in, once Attune speaks it (a new locale file asks
  // for `npm run demo`).
  it.each(storeImageList(storeImageLanguages()))('$file is $width×$height', ({ file, width, height }) => {
    const path = `store/images/${file}`;

    expect(existsSync(path), `${path} is missing: run npm run demo`).toBe(true);
    expect(pngSize(path)).toEqual({ width, height });
  });
});
