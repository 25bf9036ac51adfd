import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { type Reflection, SOURCE } from '../lib/reflections/reflections';
import { reflectionWords } from '../platform/pages/reflection-words';
import { ArticleCredit } from './article-credit';

interface Props {
  reflection: Reflection;
  favourite: boolean;
  onAnother: () => void;
  onFavourite: () => void;
  onHide: () => void;
}

/**
 * One reflection from the article, first on the card: its words, a gentle invitation beside three
 * small tools (another one, keep it, and "⋯" holding "hide this one"), and the credit.
 */
export function ReflectionCard({ reflection, favourite, onAnother, onFavourite, onHide }: Props) {
  const { text, invitation } = reflectionWords(reflection);
  const [more, setMore] = useState(false);
  return (
    <section class="card reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title" class="visually-hidden">
        {i18n.t('popup.reflection.title')}
      </h2>
      <blockquote cite={SOURCE.url}>
        <p class="reflection-text">{text}</p>
      </blockquote>
      <div class="row spread reflection-foot">
        {invitation && <p class="invitation">{invitation}</p>}
        <div class="row tools">
          <button type="button" class="link small" onClick={onAnother}>
            {i18n.t('popup.reflection.another')}
          </button>
          <button type="button" class="link small" aria-pressed={favourite} onClick={onFavourite}>
            {favourite ? i18n.t('popup.reflection.kept') : i18n.t('popup.reflection.keep')}
          </button>
          <button
            type="button"
            class="link small"
            aria-label={i18n.t('popup.reflection.more')}
            aria-expanded={more}
            onClick={() => setMore((m) => !m)}
          >
            ⋯
          </button>
          {more && (
            <button type="button" class="link small" onClick={onHide}>
              {i18n.t('popup.reflection.hide')}
            </button>
          )}
        </div>
      </div>
      <p class="credit">
        <ArticleCredit message="popup.reflection.credit" />
        {/* The article is English: anything else is a translation of its words, and says so. */}
        {!/^en\b/.test(i18n.t('common.locale')) && <> · {i18n.t('common.translated_from_english')}</>}
      </p>
    </section>
  );
}
