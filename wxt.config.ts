import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { normalizeZip } from './scripts/reproducible-zip.mjs';

/**
 * Shapes popup.html for speed (the popup opens on every nudge; `npm run bench` measures it):
 * - inlines its stylesheets: two render-blocking file reads before its first paint are measurable;
 * - preloads the app: the entry only starts the popup's reads and then imports the app
 *   (`entrypoints/popup/main.tsx`), so the app's chunks are fetched from the start, side by side
 *   with the entry, instead of after it has run.
 * Other pages keep their linked stylesheets and their single entry.
 */
function popupHtml(): Plugin {
  return {
    name: 'attune:popup-html',
    enforce: 'post',
    generateBundle(_, bundle) {
      // WXT moves `entrypoints/popup/index.html` to `popup.html` after the bundle is written.
      const html = bundle['entrypoints/popup/index.html'];
      if (html?.type !== 'asset' || typeof html.source !== 'string') return;
      const entry = Object.values(bundle).find(
        (file) =>
          file.type === 'chunk' &&
          file.isEntry &&
          /[\\/]popup[\\/]index\.html$/.test(file.facadeModuleId ?? ''),
      );
      const preload = new Set<string>();
      const visit = (name: string) => {
        const chunk = bundle[name];
        if (preload.has(name) || chunk?.type !== 'chunk') return;
        preload.add(name);
        for (const dep of chunk.imports) visit(dep);
      };
      if (entry?.type === 'chunk') for (const name of entry.dynamicImports) visit(name);
      const links = [...preload]
        .filter((name) => !html.source.toString().includes(`/${name}"`))
        .map((name) => `<link rel="modulepreload" crossorigin href="/${name}">`)
        .join('');
      html.source = html.source
        .replace('</head>', `${links}</head>`)
        .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
        });
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
    plugins: [preact(), popupHtml()],
    build: {
      // Terser packs ~6% tighter than esbuild after gzip: the background and the popup each have a
      // size budget (`npm run bench`). Two passes catch what the first one's inlining exposes.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { comments: false } },
      rollupOptions: {
        // lib/ is plain logic with no import-time effects (ARCHITECTURE.md), so a lib module none of
        // whose exports a page uses is left out entirely, top-level constants included: the popup
        // imports the message protocol and need not carry the settings and call-service catalogue.
        treeshake: {
          moduleSideEffects: (id: string) => !/[\\/]lib[\\/]/.test(id) || id.includes('node_modules'),
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
        // Alt+Shift+A types "Å" on a Mac keyboard: macOS gets Control+Shift+A (MacCtrl is the
        // Control key there; Ctrl would mean Command).
        suggested_key: { default: 'Alt+Shift+A', mac: 'MacCtrl+Shift+A' },
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
