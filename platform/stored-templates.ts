import { localDefaultTemplates } from './default-templates';
import { readTemplates } from './storage';

export { localDefaultTemplates };

/** The stored messages, or Attune's defaults in the browser's language (Spanish drafts in Spanish). */
export function readLocalTemplates(): Promise<string[]> {
  return readTemplates(localDefaultTemplates());
}
