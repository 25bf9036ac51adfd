import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { phoneLinksWork } from '../../lib/people/channel-choice';

/**
 * Whether a `tel:` or `sms:` link opens anything on this computer (`lib/people/channel-choice.ts`):
 * false until the platform is known, so a page never shows a link that ends in an "Open xdg-open?"
 * prompt (Linux, ChromeOS).
 */
export function usePhoneLinks(): boolean {
  const [work, setWork] = useState(false);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const { os } = await browser.runtime.getPlatformInfo();
        if (live) setWork(phoneLinksWork(os));
      } catch {
        // No platform info: no phone links, the safe choice.
      }
    })();
    return () => {
      live = false;
    };
  }, []);
  return work;
}
