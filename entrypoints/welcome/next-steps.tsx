import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { RichText } from '../../components/rich-text';
import { firstNudge, spokenMinutes } from '../../lib/settings/first-nudge';
import type { Settings } from '../../lib/settings/settings';
import { send } from '../../platform/messages';
import { openShortcut } from '../../platform/shortcut';

interface Props {
  settings: Settings | null;
  /** The person saved on Finish, if any. */
  person: string | null;
}

/** The last step: when the first nudge can come, a preview of it, and where Attune's button is. */
export function NextSteps({ settings, person }: Props) {
  const [previewError, setPreviewError] = useState<string | null>(null);
  // As this platform writes it (⌃⇧A on a Mac), or as the person changed it.
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void openShortcut().then(setShortcut);
  }, []);
  const locale = i18n.t('common.locale') || 'en';
  const next = settings ? firstNudge(settings) : null;
  return (
    <>
      {person && (
        <p class="field-ok" role="status">
          {i18n.t('welcome.person.added', [person])}
        </p>
      )}
      <section class="card" aria-labelledby="when-title">
        <h2 id="when-title">{i18n.t('welcome.next.when_title')}</h2>
        {next && (
          <p>
            {next.quiet
              ? i18n.t('welcome.next.when', [
                  spokenMinutes(next.afterMin, locale),
                  next.quiet.start,
                  next.quiet.end,
                ])
              : i18n.t('welcome.next.when_no_quiet', [spokenMinutes(next.afterMin, locale)])}{' '}
            {i18n.t('welcome.next.break', [spokenMinutes(next.breakMin, locale)])}
          </p>
        )}
        <div class="actions">
          <button
            type="button"
            class="primary"
            aria-describedby="preview-hint"
            onClick={() => {
              setPreviewError(null);
              send({ type: 'preview-nudge', style: settings?.nudgeStyle }).catch(() =>
                setPreviewError(i18n.t('options.style.preview_failed')),
              );
            }}
          >
            {i18n.t('welcome.next.preview')}
          </button>
        </div>
        <p id="preview-hint" class="muted hint">
          {i18n.t('welcome.next.preview_hint')}
        </p>
        {previewError && (
          <p class="field-error" role="alert">
            {previewError}
          </p>
        )}
      </section>
      <section class="card" aria-labelledby="button-title">
        <h2 id="button-title">{i18n.t('welcome.next.button_title')}</h2>
        <p>
          <RichText message="welcome.shortcut" parts={[<kbd key="keys">{shortcut ?? 'Alt+Shift+U'}</kbd>]} />
        </p>
        <p>{i18n.t('welcome.pin')}</p>
        <p>
          <a href={browser.runtime.getURL('/options.html')}>{i18n.t('welcome.settings')}</a>
        </p>
      </section>
    </>
  );
}
