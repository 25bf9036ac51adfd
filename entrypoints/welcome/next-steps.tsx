import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { firstNudge, spokenMinutes } from '../../lib/settings/first-nudge';
import type { Settings } from '../../lib/settings/settings';
import { clockText } from '../../platform/shared/i18n';
import { send } from '../../platform/shared/messages';

interface Props {
  settings: Settings | null;
  /** The person saved on Finish, if any. */
  person: string | null;
}

/** What the welcome says about the first nudge: after how long, and not before when (in quiet hours). */
function whenText(settings: Settings, now: Date): string {
  const locale = i18n.t('common.locale') || 'en';
  const next = firstNudge(settings, now.getHours() * 60 + now.getMinutes());
  const after = spokenMinutes(next.afterMin, locale);
  const rest = i18n.t('welcome.next.break', [spokenMinutes(next.breakMin, locale)]);
  if (!next.quiet) return `${i18n.t('welcome.next.when_no_quiet', [after])} ${rest}`;
  const [start, end] = [clockText(next.quiet.start), clockText(next.quiet.end)];
  const when = next.quietNow
    ? i18n.t('welcome.next.when_quiet_now', [start, end, after])
    : i18n.t('welcome.next.when', [after, start, end]);
  return `${when} ${rest}`;
}

/** The last step: when the first nudge can come, and a preview of it. */
export function NextSteps({ settings, person }: Props) {
  const [previewError, setPreviewError] = useState<string | null>(null);
  return (
    <>
      {person && (
        <p class="field-ok" role="status">
          {i18n.t('welcome.person.added', [person])}
        </p>
      )}
      <section class="card" aria-labelledby="when-title">
        <h2 id="when-title">{i18n.t('welcome.next.when_title')}</h2>
        {settings && <p>{whenText(settings, new Date())}</p>}
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
    </>
  );
}
