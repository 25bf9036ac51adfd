import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SaveStatusLine } from '../../components/save-status';
import { reflectionById, reflectionIds } from '../../lib/reflections/reflections';
import {
  favouritesOf,
  type Rotation,
  reset,
  toggleFavourite,
  unhideAll,
} from '../../lib/reflections/rotation';
import { reflectionWords } from '../../platform/pages/reflection-words';
import { translatePlural } from '../../platform/shared/i18n';
import { readRotation, rotationItem, writeRotation } from '../../platform/storage/storage';
import { useStored } from './use-stored';

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
    <section class="card" id="reflections" aria-labelledby="reflections-title">
      <h2 id="reflections-title">{i18n.t('options.reflections.title')}</h2>
      {rotation === null ? (
        <p class="muted">{i18n.t('options.reflections.loading')}</p>
      ) : (
        <>
          <SaveStatusLine status={status} />
          <h3>{i18n.t('options.reflections.favourites')}</h3>
          {favouritesOf(rotation, ids).length === 0 ? (
            <p class="muted">{i18n.t('options.reflections.no_favourites')}</p>
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
                      {i18n.t('options.reflections.unfavourite')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p class="muted">{translatePlural('options.reflections.hidden_count', rotation.hidden.length)}</p>
          <div class="actions">
            <button
              type="button"
              onClick={() => void change(unhideAll(rotation), i18n.t('options.reflections.unhidden'))}
            >
              {i18n.t('options.reflections.unhide')}
            </button>
            <button
              type="button"
              onClick={() =>
                void change(reset(rotation, ids, Math.random), i18n.t('options.reflections.restarted'))
              }
            >
              {i18n.t('options.reflections.restart')}
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
