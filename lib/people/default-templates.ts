/**
 * Attune's own drafted messages, by message key. Apart from `templates.ts` (which re-exports them),
 * so a page that needs only the defaults doesn't load the template checks.
 */

/**
 * The messages Attune starts with, as message keys of `locales/<lang>.yml` (group `templates`), so
 * a Spanish browser starts with Spanish drafts. Render them with `defaultTemplates`.
 */
export const DEFAULT_TEMPLATE_KEYS: readonly string[] = [
  'templates.crossed_my_mind',
  'templates.thinking_of_you',
  'templates.reminded_me',
  'templates.no_agenda',
  'templates.catch_up',
  'templates.real_person',
  'templates.someone_real',
  'templates.small_hello',
  'templates.miss_our_talks',
  'templates.checking_in',
];

/** The default messages in a language, given a message lookup (`i18n.t` on a page). */
export function defaultTemplates(t: (key: string) => string): string[] {
  return DEFAULT_TEMPLATE_KEYS.map((key) => t(key));
}
