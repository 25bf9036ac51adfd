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
 * Chromium's UI language for a locale folder (`pt_BR` → `pt-BR`, `ar` → `ar`): pass it as `--lang`.
 * Chromium must ship it (testing-notes: `es-ES` is not one, `es` is).
 * @param {string} folder
 */
export function chromiumLanguage(folder) {
  return folder.replace('_', '-');
}

/**
 * The environment that sets Chromium's UI language, which `browser.i18n` follows (Linux Chromium
 * reads LANGUAGE; `--lang` is added for the other platforms). `language` is a locale folder or a
 * Chromium tag (`pt_BR`, `pt-BR`, `es`).
 * @param {string} language
 */
export function languageEnv(language) {
  const posix = { en: 'en_US', es: 'es_ES' }[language] ?? language.replace('-', '_');
  return { ...process.env, LANGUAGE: language.replace('-', '_'), LANG: `${posix}.UTF-8` };
}
