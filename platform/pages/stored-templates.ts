import { readTemplates } from '../storage/storage';
import { localDefaultTemplates } from './default-templates';

export { localDefaultTemplates };

/** The stored messages, or Attune's defaults in the browser's language (Spanish drafts in Spanish). */
export function readLocalTemplates(): Promise<string[]> {
  return readTemplates(localDefaultTemplates());
}
