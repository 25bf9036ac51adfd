/**
 * The fake browser has no `i18n`: answer `getMessage` from the real English locale file, with
 * Chrome's `$1`…`$9` substitutions, so components render the words a person would see.
 */
import { readFileSync } from 'node:fs';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(parseMessagesText(readFileSync('locales/en.yml', 'utf8'), 'YAML'));

export function getMessage(name: string, substitutions?: string | string[]): string {
  const message = messages[name]?.message;
  if (message === undefined) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

function install() {
  Object.assign(fakeBrowser.i18n, {
    getMessage,
    getUILanguage: () => 'en',
  });
}

install();
beforeEach(install);
