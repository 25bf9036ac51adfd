import { useState } from 'preact/hooks';
import { NUDGE_STYLES, type NudgeStyle, type Settings } from '../../lib/settings';
import { send } from '../../platform/messages';

const TEXT = {
  title: 'How to nudge',
  styles: {
    popup: { label: 'Open the Attune card', hint: 'Where the browser allows it, the toolbar popup opens.' },
    notification: {
      label: 'Show a notification',
      hint: 'A quiet system notification; click it to open the card.',
    },
    badge: { label: 'Only change the toolbar badge', hint: 'Nothing opens; the badge shows the time.' },
  } satisfies Record<NudgeStyle, { label: string; hint: string }>,
  preview: 'Show me a nudge now',
  previewFailed: 'The nudge couldn’t be shown. Try again in a moment.',
} as const;

interface Props {
  settings: Settings;
  save: (next: Settings) => void;
}

/** The nudge style, and a preview that shows one now. */
export function StyleSection({ settings, save }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="style-title">
      <h2 id="style-title">{TEXT.title}</h2>
      <fieldset class="choices">
        <legend class="visually-hidden">{TEXT.title}</legend>
        {NUDGE_STYLES.map((style) => (
          <div class="choice" key={style}>
            <input
              id={`style-${style}`}
              type="radio"
              name="nudge-style"
              value={style}
              checked={settings.nudgeStyle === style}
              aria-describedby={`style-${style}-hint`}
              onChange={() => save({ ...settings, nudgeStyle: style })}
            />
            <label for={`style-${style}`}>{TEXT.styles[style].label}</label>
            <p id={`style-${style}-hint`} class="muted hint">
              {TEXT.styles[style].hint}
            </p>
          </div>
        ))}
      </fieldset>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            setError(null);
            send({ type: 'preview-nudge', style: settings.nudgeStyle }).catch(() =>
              setError(TEXT.previewFailed),
            );
          }}
        >
          {TEXT.preview}
        </button>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
