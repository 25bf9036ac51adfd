// The store images, composed from the demo's real screenshots on a simple branded background and
// rendered to PNG by Chromium at their exact pixel size (no image library): per language five
// 1280×800 screenshots, the 440×280 small promo tile and the 1400×560 marquee; and the 128×128
// store icon (96×96 artwork with 16 px of transparent padding, as the Chrome Web Store asks).
// The words on them come from store/<language>/store-images.md.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pngSize } from './png-size.mjs';
import { readStoreFields } from './store-text.mjs';

/**
 * The languages the stores get screenshots in (locale folder names), when Attune speaks them: the
 * demo shoots each language whose `locales/<lang>.yml` and `store/<lang>/store-images.md` exist.
 */
export const STORE_IMAGE_LANGUAGES = ['en', 'es', 'pt_BR', 'fr', 'de', 'ja', 'ar'];

/** `STORE_IMAGE_LANGUAGES` that have their locale file and their words for the images. */
export function storeImageLanguages() {
  return STORE_IMAGE_LANGUAGES.filter(
    (language) => existsSync(`locales/${language}.yml`) && existsSync(`store/${language}/store-images.md`),
  );
}

/** Right-to-left languages among those Chromium ships: their captions read from the right. */
const rightToLeft = (language) => ['ar', 'fa', 'he', 'ur'].includes(language.split('_')[0]);

/** The viewport the demo shoots pages at: exactly the content area of the drawn browser window. */
export const STORE_PAGE_VIEWPORT = { width: 1120, height: 610 };

/** Every store image: its path under the images folder and its pixel size. */
export function storeImageList(languages) {
  return [
    { file: 'icon-128.png', width: 128, height: 128 },
    ...languages.flatMap((language) => [
      ...['1-nudge', '2-welcome', '3-options', '4-insights', '5-dark'].map((name) => ({
        file: `${language}/screenshot-${name}.png`,
        width: 1280,
        height: 800,
      })),
      { file: `${language}/promo-small-440x280.png`, width: 440, height: 280 },
      { file: `${language}/marquee-1400x560.png`, width: 1400, height: 560 },
    ]),
  ];
}

const BRAND = { teal: '#2f6f6a', deep: '#1f4f4b', cream: '#f4efe6', peach: '#f2b8a0' };

const dataUrl = (file) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BASE_CSS = `
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 100%; height: 100%; overflow: hidden; }
  body {
    font-family: "DejaVu Sans", system-ui, sans-serif; color: ${BRAND.cream};
    background: radial-gradient(circle at 88% 8%, rgba(242, 184, 160, 0.28) 0, rgba(242, 184, 160, 0) 38%),
      linear-gradient(135deg, ${BRAND.teal} 0%, ${BRAND.deep} 100%);
    position: relative;
  }
  .caption { position: absolute; left: 80px; top: 48px; right: 80px; font-size: 40px; font-weight: 700;
    letter-spacing: -0.5px; line-height: 1.2; }
  .window { position: absolute; left: 80px; top: 150px; width: 1120px; height: 650px; border-radius: 12px 12px 0 0;
    overflow: hidden; box-shadow: 0 24px 60px rgba(0, 0, 0, 0.35); background: #fff; }
  .bar { height: 40px; display: flex; align-items: center; gap: 8px; padding: 0 14px; background: #e9e5dd; }
  .dark .bar { background: #2a3333; }
  .dot { width: 12px; height: 12px; border-radius: 50%; background: #c9c2b6; }
  .dark .dot { background: #4a5656; }
  .address { flex: 1; height: 24px; margin: 0 16px; border-radius: 12px; background: #faf7f2; }
  .dark .address { background: #1e2626; }
  .toolbar-icon { width: 22px; height: 22px; }
  .content { display: block; width: 1120px; height: 610px; }
  .popup { position: absolute; border-radius: 10px; box-shadow: 0 18px 40px rgba(0, 0, 0, 0.4); }
`;

function page(css, body) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${BASE_CSS}${css}</style></head><body>${body}</body></html>`;
}

/** A browser window (drawn) showing a real screenshot, with an optional real popup hanging from the toolbar icon. */
function windowShot({ caption, content, popup, dark = false, icon, dir = 'ltr' }) {
  const popupTag = popup ? `<img class="popup" src="${popup}" style="right: 92px; top: 186px;">` : '';
  return page(
    '',
    `<div class="caption" dir="${dir}">${escapeHtml(caption)}</div>
     <div class="window${dark ? ' dark' : ''}">
       <div class="bar"><span class="dot"></span><span class="dot"></span><span class="dot"></span>
         <span class="address"></span><img class="toolbar-icon" src="${icon}"></div>
       ${content}
     </div>${popupTag}`,
  );
}

/** A neutral page someone might be working in, for the nudge to appear over. */
const WORK_PAGE = `<div class="content" style="background: #fbfaf7; padding: 48px 64px; display: flex; gap: 48px;">
  <div style="width: 200px; display: grid; gap: 14px; align-content: start;">
    ${'<div style="height: 12px; border-radius: 6px; background: #e4ded3;"></div>'.repeat(8)}
  </div>
  <div style="flex: 1; display: grid; gap: 16px; align-content: start;">
    <div style="height: 28px; width: 55%; border-radius: 8px; background: #d9d2c5;"></div>
    ${[92, 88, 95, 70, 90, 84, 60, 93, 86, 78]
      .map((w) => `<div style="height: 12px; width: ${w}%; border-radius: 6px; background: #e9e4db;"></div>`)
      .join('')}
  </div>
</div>`;

/**
 * Renders every store image into `out`, and checks each one's pixel size.
 * @param {{ browser: import('@playwright/test').Browser, shots: string, out: string, languages: string[] }} options
 */
export async function makeStoreImages({ browser, shots, out, languages }) {
  const icon = `data:image/svg+xml;base64,${readFileSync('assets/icon.svg').toString('base64')}`;
  const raw = (name) => dataUrl(path.join(shots, 'store-raw', name));
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const render = async (html, file, width, height, transparent = false) => {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    await tab.setViewportSize({ width, height });
    await tab.setContent(html, { waitUntil: 'load' });
    await tab.screenshot({ path: path.join(out, file), omitBackground: transparent });
  };

  await render(
    `<!doctype html><html><body style="margin:0;background:transparent">
       <img src="${icon}" style="position:absolute;left:16px;top:16px;width:96px;height:96px"></body></html>`,
    'icon-128.png',
    128,
    128,
    true,
  );

  for (const language of languages) {
    const words = readStoreFields(`store/${language}/store-images.md`);
    const say = (field) => {
      const text = words.get(field);
      if (!text) throw new Error(`store/${language}/store-images.md has no "${field}"`);
      return text;
    };
    const img = (src) => `<img class="content" src="${src}">`;
    const dir = rightToLeft(language) ? 'rtl' : 'ltr';
    const nudge = dataUrl(path.join(shots, `nudge-${language}.png`));
    const popupDark = dataUrl(path.join(shots, `popup-${language}-dark.png`));
    const screenshots = [
      [
        '1-nudge',
        windowShot({ caption: say('Screenshot 1: the nudge'), content: WORK_PAGE, popup: nudge, icon, dir }),
      ],
      [
        '2-welcome',
        windowShot({
          caption: say('Screenshot 2: welcome'),
          content: img(raw(`welcome-${language}-light.png`)),
          icon,
          dir,
        }),
      ],
      [
        '3-options',
        windowShot({
          caption: say('Screenshot 3: options'),
          content: img(raw(`options-${language}-light.png`)),
          icon,
          dir,
        }),
      ],
      [
        '4-insights',
        windowShot({
          caption: say('Screenshot 4: insights'),
          content: img(raw(`insights-${language}-light.png`)),
          icon,
          dir,
        }),
      ],
      [
        '5-dark',
        windowShot({
          caption: say('Screenshot 5: dark mode'),
          content: img(raw(`insights-${language}-dark.png`)),
          popup: popupDark,
          dark: true,
          icon,
          dir,
        }),
      ],
    ];
    for (const [name, html] of screenshots)
      await render(html, `${language}/screenshot-${name}.png`, 1280, 800);

    await render(
      page(
        `.name { position: absolute; left: 28px; top: 100px; font-size: 34px; font-weight: 700; }
         .tagline { position: absolute; left: 28px; top: 150px; width: 200px; font-size: 17px; line-height: 1.35; }
         .peek { position: absolute; left: 250px; top: 34px; width: 255px; border-radius: 8px;
           box-shadow: 0 10px 28px rgba(0, 0, 0, 0.35); }`,
        `<img src="${icon}" style="position:absolute;left:28px;top:28px;width:60px;height:60px">
         <div class="name">Attune</div>
         <div class="tagline" dir="${dir}">${escapeHtml(say('Promo tile tagline'))}</div>
         <img class="peek" src="${nudge}">`,
      ),
      `${language}/promo-small-440x280.png`,
      440,
      280,
    );

    await render(
      page(
        `.name { position: absolute; left: 96px; top: 196px; font-size: 44px; font-weight: 700; }
         .headline { position: absolute; left: 96px; top: 262px; width: 560px; font-size: 34px; line-height: 1.25; }
         .behind { position: absolute; left: 700px; top: 60px; width: 640px; border-radius: 10px; opacity: 0.9;
           box-shadow: 0 18px 44px rgba(0, 0, 0, 0.35); }
         .front { position: absolute; left: 900px; top: 110px; width: 400px; border-radius: 10px;
           box-shadow: 0 22px 50px rgba(0, 0, 0, 0.45); }`,
        `<img src="${icon}" style="position:absolute;left:96px;top:96px;width:88px;height:88px">
         <div class="name">Attune</div>
         <div class="headline" dir="${dir}">${escapeHtml(say('Marquee headline'))}</div>
         <img class="behind" src="${raw(`insights-${language}-light.png`)}">
         <img class="front" src="${nudge}">`,
      ),
      `${language}/marquee-1400x560.png`,
      1400,
      560,
    );
  }
  await context.close();

  const wrong = storeImageList(languages).filter(({ file, width, height }) => {
    const size = pngSize(path.join(out, file));
    return size.width !== width || size.height !== height;
  });
  if (wrong.length > 0)
    throw new Error(`Store images with the wrong size: ${wrong.map((w) => w.file).join(', ')}`);
  return storeImageList(languages).map(({ file }) => file);
}
