interface Props {
  name: string;
  onYes: () => void;
  onNotYet: () => void;
}

/** After a channel button: asks, never assumes, whether they connected. */
export function ConnectAsk({ name, onYes, onNotYet }: Props) {
  return (
    <section class="card ask" aria-labelledby="ask-title">
      <h2 id="ask-title">Did you connect with {name}?</h2>
      <div class="row">
        <button type="button" class="primary" onClick={onYes}>
          Yes, we connected
        </button>
        <button type="button" onClick={onNotYet}>
          Not yet
        </button>
      </div>
    </section>
  );
}
