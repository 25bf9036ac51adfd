import { defaultTemplates } from '../lib/templates';
import { translate } from '../platform/i18n';
import { readTemplates } from '../platform/storage';

/** Attune's own messages in the browser's language (`templates.*` in locales/<lang>.yml). */
export function localDefaultTemplates(): string[] {
  return defaultTemplates(translate);
}

/** The stored messages, or Attune's defaults in the browser's language (Spanish drafts in Spanish). */
export function readLocalTemplates(): Promise<string[]> {
  return readTemplates(localDefaultTemplates());
}
