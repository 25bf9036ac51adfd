// How every script and test launches Debian's Chromium with an Attune build loaded: the same
// flags everywhere, including the ones that keep Chromium's own background traffic off this
// machine's closed network.

/** Where Chromium is (Playwright cannot download its own browsers here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launch flags that load the unpacked extension in `dir`.
 * @param {string} dir
 * @returns {string[]}
 */
export function extensionArgs(dir) {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

/**
 * The environment that sets Chromium's UI language, which `browser.i18n` follows (Linux Chromium
 * reads LANGUAGE; `--lang` is added for the other platforms).
 * @param {'en' | 'es'} language
 */
export function languageEnv(language) {
  return { ...process.env, LANGUAGE: language, LANG: language === 'es' ? 'es_ES.UTF-8' : 'en_US.UTF-8' };
}
