import type { Ref } from 'preact';
import { i18n } from '#i18n';

interface Props {
  name: string;
  onYes: () => void;
  onNotYet: () => void;
  yesRef?: Ref<HTMLElement>;
}

/** After a way was used: asks, never assumes, whether they connected. It replaces the reach-out block. */
export function ConnectAsk({ name, onYes, onNotYet, yesRef }: Props) {
  return (
    <section class="reach-out ask" aria-labelledby="ask-title">
      <h2 id="ask-title">{i18n.t('popup.ask.title', [name])}</h2>
      <div class="row">
        <button type="button" class="primary" ref={yesRef as Ref<HTMLButtonElement>} onClick={onYes}>
          {i18n.t('popup.ask.yes')}
        </button>
        <button type="button" onClick={onNotYet}>
          {i18n.t('popup.ask.not_yet')}
        </button>
      </div>
    </section>
  );
}
