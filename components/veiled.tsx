import { i18n } from '#i18n';

/** On a card Attune opened by itself: who and the message wait behind one deliberate click. */
export function Veiled({ onShow }: { onShow: () => void }) {
  return (
    <section class="reach-out veiled" aria-labelledby="veiled-title">
      <h2 id="veiled-title">{i18n.t('popup.veiled.title')}</h2>
      <div class="row">
        <button type="button" class="primary" onClick={onShow}>
          {i18n.t('popup.veiled.show')}
        </button>
        <span class="muted small">{i18n.t('popup.veiled.why')}</span>
      </div>
    </section>
  );
}
