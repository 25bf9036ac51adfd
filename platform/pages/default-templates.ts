import { defaultTemplates } from '../../lib/people/default-templates';
import { translate } from '../shared/i18n';

/** Attune's own messages in the browser's language (`templates.*` in locales/<lang>.yml). */
export function localDefaultTemplates(): string[] {
  return defaultTemplates(translate);
}
