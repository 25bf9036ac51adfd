import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { caughtCount } from '../lib/reflections/typed-back';
import { translatePlural } from '../platform/shared/i18n';

/**
 * Gives back what the person typed into a card that opened while they were typing elsewhere: says
 * what happened, shows the words, and copies them with one click, so they can paste them where
 * they meant them. Nothing they typed acted on the card. `compact` (once they have moved on in the
 * card, e.g. revealed the names) keeps only the words and the button, so every state still fits.
 */
export function TypedBack({ text, compact = false }: { text: string; compact?: boolean }) {
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

  const said =
    copied === null
      ? translatePlural('popup.typed_back.title', count)
      : i18n.t(copied ? 'popup.typed_back.copied' : 'popup.typed_back.copy_failed');
  return (
    <section class="typed-back" aria-label={translatePlural('popup.typed_back.title', count)}>
      {(!compact || copied !== null) && (
        <p class={copied === false ? 'field-error' : undefined} role="status">
          {said}
        </p>
      )}
      <div class="typed-back-row">
        <pre class="typed-back-text">{text}</pre>
        <button type="button" class="small" onClick={() => void copy()}>
          {i18n.t('popup.typed_back.copy')}
        </button>
      </div>
    </section>
  );
}
