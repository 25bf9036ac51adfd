import { defaultTemplates } from '../lib/templates';
import { translate } from '../platform/i18n';

/** Attune's own messages in the browser's language (`templates.*` in locales/<lang>.yml). */
export function localDefaultTemplates(): string[] {
  return defaultTemplates(translate);
}
