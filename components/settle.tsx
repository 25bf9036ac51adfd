import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';

const MINUTE_S = 60;

/**
 * A one-minute settle: a slow breathing guide. The article's point — the nervous system calms
 * first, then reaching out feels possible. Still under `prefers-reduced-motion`.
 */
export function Settle({ onDone }: { onDone: () => void }) {
  const [left, setLeft] = useState(MINUTE_S);

  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => Math.max(0, s - 1)), 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <section class="card settle" aria-labelledby="settle-title">
      <div class="breath" aria-hidden="true" />
      <div class="settle-words">
        <h2 id="settle-title">{i18n.t('popup.take_a_minute')}</h2>
        <p>{i18n.t('popup.settle.breathe')}</p>
        <div class="row spread">
          <p class="muted" aria-live="off">
            {left > 0 ? i18n.t('popup.settle.seconds', [String(left)]) : i18n.t('popup.settle.ready')}
          </p>
          <button type="button" class="small" onClick={onDone}>
            {i18n.t('popup.settle.back')}
          </button>
        </div>
      </div>
    </section>
  );
}
