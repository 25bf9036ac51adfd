import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { caughtCount } from '../lib/reflections/typed-back';

/**
 * Gives back what the person typed into a card that opened while they were typing elsewhere: says
 * what happened, shows the words, and copies them with one click, so they can paste them where
 * they meant them. Nothing they typed acted on the card.
 */
export function TypedBack({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const count = caughtCount(text);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section class="typed-back" aria-labelledby="typed-back-title">
      <p id="typed-back-title" role="status">
        {i18n.t('popup.typed_back.title', count, [String(count)])}
      </p>
      <pre class="typed-back-text">{text}</pre>
      <div class="row">
        <button type="button" class="small" onClick={() => void copy()}>
          {i18n.t('popup.typed_back.copy')}
        </button>
        {copied !== null && (
          <span class={copied ? 'field-ok' : 'field-error'} role="status">
            {i18n.t(copied ? 'popup.typed_back.copied' : 'popup.typed_back.copy_failed')}
          </span>
        )}
      </div>
    </section>
  );
}
