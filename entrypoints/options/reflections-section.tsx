import { useState } from 'preact/hooks';
import { reflectionWords } from '../../components/reflection-words';
import { SaveStatusLine } from '../../components/save-status';
import { reflectionById, reflectionIds } from '../../lib/reflections';
import { favouritesOf, type Rotation, reset, toggleFavourite, unhideAll } from '../../lib/rotation';
import { readRotation, rotationItem, writeRotation } from '../../platform/storage';
import { useStored } from './use-stored';

const TEXT = {
  title: 'Reflections',
  favourites: 'Your favourites',
  noFavourites: 'No favourites yet. Mark one with the heart on a reflection card.',
  unfavourite: 'Remove from favourites',
  hiddenCount: (n: number) => (n === 1 ? '1 reflection is hidden.' : `${n} reflections are hidden.`),
  unhide: 'Show hidden reflections again',
  unhidden: 'Hidden reflections will show again.',
  restart: 'Start the rotation over',
  restarted: 'The rotation starts over, in a new order.',
  loading: 'Loading your reflections…',
} as const;

/** Favourites (with a way to let one go), hidden reflections, and a fresh start of the rotation. */
export function ReflectionsSection() {
  const { value: rotation, status, commit } = useStored(readRotation, writeRotation, rotationItem);
  const [done, setDone] = useState<string | null>(null);

  async function change(next: Rotation, message: string | null) {
    setDone(null);
    await commit(next).then(
      () => setDone(message),
      () => undefined,
    );
  }

  const ids = reflectionIds();
  return (
    <section class="card" aria-labelledby="reflections-title">
      <h2 id="reflections-title">{TEXT.title}</h2>
      {rotation === null ? (
        <p class="muted">{TEXT.loading}</p>
      ) : (
        <>
          <SaveStatusLine status={status} />
          <h3>{TEXT.favourites}</h3>
          {favouritesOf(rotation, ids).length === 0 ? (
            <p class="muted">{TEXT.noFavourites}</p>
          ) : (
            <ul class="items">
              {favouritesOf(rotation, ids).map((id) => (
                <li key={id} class="item">
                  <blockquote id={`fav-${id}`} class="item-text">
                    {reflectionWordsOf(id)}
                  </blockquote>
                  <div class="actions">
                    <button
                      type="button"
                      aria-describedby={`fav-${id}`}
                      onClick={() => void change(toggleFavourite(rotation, id), null)}
                    >
                      {TEXT.unfavourite}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p class="muted">{TEXT.hiddenCount(rotation.hidden.length)}</p>
          <div class="actions">
            <button type="button" onClick={() => void change(unhideAll(rotation), TEXT.unhidden)}>
              {TEXT.unhide}
            </button>
            <button
              type="button"
              onClick={() => void change(reset(rotation, ids, Math.random), TEXT.restarted)}
            >
              {TEXT.restart}
            </button>
          </div>
          {done && <p class="field-ok">{done}</p>}
        </>
      )}
    </section>
  );
}

/** The words of a stored favourite (an id no longer in the catalogue shows nothing). */
function reflectionWordsOf(id: string): string {
  const reflection = reflectionById(id);
  return reflection ? reflectionWords(reflection).text : '';
}
