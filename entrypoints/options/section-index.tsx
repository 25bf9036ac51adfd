import { i18n } from '#i18n';

/** Every section of the page, in order, by the id of its `<section>`. */
const sections = () => [
  { id: 'rhythm', title: i18n.t('options.rhythm.title') },
  { id: 'quiet', title: i18n.t('options.quiet.title') },
  { id: 'style', title: i18n.t('options.style.title') },
  { id: 'people', title: i18n.t('options.people.title') },
  { id: 'messages', title: i18n.t('options.messages.title') },
  { id: 'calls', title: i18n.t('options.calls.title') },
  { id: 'reflections', title: i18n.t('options.reflections.title') },
  { id: 'data', title: i18n.t('options.data.title') },
  { id: 'decisions', title: i18n.t('options.log.title') },
  { id: 'about', title: i18n.t('options.about.title') },
];

/**
 * Links to every section, always in reach: a column beside the page on wide screens, a bar that
 * stays at the top (and scrolls sideways) on narrow ones.
 */
export function SectionIndex() {
  return (
    <nav class="toc" aria-label={i18n.t('options.sections')}>
      <ul>
        {sections().map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
