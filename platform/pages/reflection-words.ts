import { i18n } from '#i18n';
import { messageKey, type Reflection } from '../../lib/reflections/reflections';

type MessageKey = Parameters<typeof i18n.t>[0];

/** A reflection's words in the browser's language (from `locales/<lang>.yml`). */
export function reflectionWords(reflection: Reflection): { text: string; invitation: string | null } {
  return {
    text: i18n.t(messageKey(reflection.id, 'text') as MessageKey),
    invitation: reflection.invitation ? i18n.t(messageKey(reflection.id, 'invitation') as MessageKey) : null,
  };
}
