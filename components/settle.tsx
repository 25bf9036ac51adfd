import { useEffect, useState } from 'preact/hooks';

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
      <h2 id="settle-title">Take a minute</h2>
      <div class="breath" aria-hidden="true" />
      <p>Breathe in slowly for four, and out for six. Let your shoulders drop.</p>
      <p class="muted" aria-live="off">
        {left > 0 ? `${left} s` : 'When you’re ready, someone would be glad to hear from you.'}
      </p>
      <button type="button" onClick={onDone}>
        Back
      </button>
    </section>
  );
}
