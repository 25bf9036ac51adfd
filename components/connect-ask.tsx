import { i18n } from '#i18n';

interface Props {
  name: string;
  onYes: () => void;
  onNotYet: () => void;
}

/** After a channel button: asks, never assumes, whether they connected. */
export function ConnectAsk({ name, onYes, onNotYet }: Props) {
  return (
    <section class="card ask" aria-labelledby="ask-title">
      <h2 id="ask-title">{i18n.t('popup.ask.title', [name])}</h2>
      <div class="row">
        <button type="button" class="primary" onClick={onYes}>
          {i18n.t('popup.ask.yes')}
        </button>
        <button type="button" onClick={onNotYet}>
          {i18n.t('popup.ask.not_yet')}
        </button>
      </div>
    </section>
  );
}
