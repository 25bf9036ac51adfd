import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { normalizeZip } from './scripts/reproducible-zip.mjs';

/**
 * Inlines the popup's stylesheets into popup.html: the popup opens on every nudge, and two
 * render-blocking file reads before its first paint are measurable (`npm run bench`). Other pages
 * keep their linked stylesheets. Vite's helper for lazy imports adds a chunk's stylesheets as a
 * `<link>` unless the page has one, and waits for it; an inlined stylesheet has none, so it is taken
 * out of every chunk's stylesheets too, and no lazy part of the popup fetches it again (checked by
 * tests/e2e/chromium/pages.spec.ts).
 */
function inlinePopupCss(): Plugin {
  return {
    name: 'attune:inline-popup-css',
    enforce: 'post',
    // Runs before Vite's own generateBundle writes each lazy import's dependencies into the chunks.
    generateBundle(_, bundle) {
      // WXT moves `entrypoints/popup/index.html` to `popup.html` after the bundle is written.
      const html = bundle['entrypoints/popup/index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      html.source = html.source.replace(
        /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
        (tag, file: string) => {
          const css = bundle[file];
          if (css?.type !== 'asset') return tag;
          for (const chunk of Object.values(bundle)) {
            if (chunk.type === 'chunk') chunk.viteMetadata?.importedCss.delete(file);
          }
          return `<style>${String(css.source)}</style>`;
        },
      );
    },
  };
}

/** The Firefox add-on id; fixed so storage and the e2e fixtures can find it. */
export const GECKO_ID = 'attune@attune-extension.org';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons', '@wxt-dev/i18n/module'],
  autoIcons: {
    baseIconPath: 'assets/icon.svg',
    // The same icon in every build: a greyed icon would make screenshots and demos misleading.
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [preact(), inlinePopupCss()],
    build: {
      // Terser packs ~6% tighter than esbuild after gzip: the background and the popup each have a
      // size budget (`npm run bench`). Two passes catch what the first one's inlining exposes.
      // Chromium and Firefox know `<link rel="modulepreload">`: no polyfill for it on every page.
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rollupOptions: {
        // lib/ is plain logic with no import-time effects (ARCHITECTURE.md), so a lib module none of
        // whose exports a page uses is left out entirely, top-level constants included: the popup
        // imports the message protocol and need not carry the settings and call-service catalogue.
        treeshake: {
          // @wxt-dev/browser only picks `browser` or `chrome` at import: unused, it leaves nothing.
          moduleSideEffects: (id: string) =>
            (!/[\\/]lib[\\/]/.test(id) || id.includes('node_modules')) &&
            !/[\\/]@wxt-dev[\\/]browser[\\/]/.test(id),
        },
      },
    },
  }),
  zip: {
    // Store zips hold only the built extension, never sources or tests.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    // The sources zip AMO reviewers rebuild from (README: "Reproducible Firefox build"): what the
    // build needs, with the pinned Node version, without screenshots, store images or test output.
    includeSources: ['.nvmrc'],
    excludeSources: [
      'docs/**/*.png',
      'store/images/**',
      'tests/**',
      'reports/**',
      'test-results/**',
      'playwright-report/**',
      'stats.html',
      '**/*.log',
    ],
  },
  hooks: {
    // The popup is built on its own: what it loads is then its code alone, in as few files as its
    // lazy parts allow. Built with the other pages, it shared chunks with them, which carry what
    // those pages use too and cost a gzip stream each (2.6 to 3.2 KB gzip per opening, measured).
    'entrypoints:grouped': (_, groups) => {
      for (const group of groups) {
        if (!Array.isArray(group)) continue;
        const at = group.findIndex((entry) => entry.type === 'popup');
        if (at < 0 || group.length === 1) continue;
        groups.push(group.splice(at, 1));
        return;
      }
    },
    // Each language's messages without the generator's indentation: the same messages, 4.3 KB less
    // in the store zip over 14 languages (measured).
    'build:done': async (wxt) => {
      const locales = path.join(wxt.config.outDir, '_locales');
      for (const locale of await readdir(locales)) {
        const file = path.join(locales, locale, 'messages.json');
        await writeFile(file, JSON.stringify(JSON.parse(await readFile(file, 'utf8'))));
      }
    },
    // Same files, same zip bytes: sorted entries and one fixed timestamp (scripts/reproducible-zip.mjs).
    'zip:extension:done': (_, zip) => normalizeZip(zip),
    'zip:sources:done': (_, zip) => normalizeZip(zip),
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'idle', 'notifications'],
    // Call sites only: requested one pattern at a time, when the person adds a site in Options.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*'] }
      : { optional_permissions: ['https://*/*'] }),
    commands: {
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        // Not Alt+Shift+A: Chromium keeps it for itself (focus an inactive dialog) and silently
        // leaves the command without a key (`commands.getAll()` gave ""; measured in Chromium 156).
        // Alt+Shift+U types "¨" on a Mac keyboard: macOS gets Control+Shift+U (MacCtrl is the
        // Control key there; Ctrl would mean Command).
        suggested_key: { default: 'Alt+Shift+U', mac: 'MacCtrl+Shift+U' },
        description: '__MSG_extOpenCommand__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    // Chromium warns about keys it doesn't know, so Firefox's settings go to Firefox only.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140: the first desktop Firefox that knows data_collection_permissions. No
          // `gecko_android`: Firefox for Android has no `idle` or `windows`, so Attune can't run there.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
