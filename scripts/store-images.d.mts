import type { Browser } from '@playwright/test';

export declare const STORE_IMAGE_LANGUAGES: string[];
export declare function storeImageLanguages(): string[];
export declare const STORE_PAGE_VIEWPORT: { width: number; height: number };
export declare function storeImageList(
  languages: string[],
): { file: string; width: number; height: number }[];
export declare function makeStoreImages(options: {
  browser: Browser;
  shots: string;
  out: string;
  languages: string[];
}): Promise<string[]>;
