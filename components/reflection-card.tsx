import { type Reflection, SOURCE } from '../lib/reflections';
import { reflectionWords } from './reflection-words';

interface Props {
  reflection: Reflection;
  favourite: boolean;
  onAnother: () => void;
  onFavourite: () => void;
  onHide: () => void;
}

/** One reflection from the article, credited, with a gentle invitation. */
export function ReflectionCard({ reflection, favourite, onAnother, onFavourite, onHide }: Props) {
  const { text, invitation } = reflectionWords(reflection);
  return (
    <section class="card reflection" aria-labelledby="reflection-title">
      <h2 id="reflection-title" class="visually-hidden">
        A reflection
      </h2>
      <blockquote cite={SOURCE.url}>
        <p class="reflection-text">{text}</p>
      </blockquote>
      {invitation && <p class="invitation">{invitation}</p>}
      <p class="credit">
        From{' '}
        <a href={SOURCE.url} target="_blank" rel="noreferrer">
          <cite>{SOURCE.title}</cite>
        </a>{' '}
        by {SOURCE.author}
      </p>
      <div class="row">
        <button type="button" onClick={onAnother}>
          Another
        </button>
        <button type="button" aria-pressed={favourite} onClick={onFavourite}>
          {favourite ? '★ Kept' : '☆ Keep'}
        </button>
        <button type="button" onClick={onHide}>
          Hide this one
        </button>
      </div>
    </section>
  );
}
