import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import {
  type BackupData,
  checkBackupSize,
  describeChanges,
  type PreviewPart,
  parseBackup,
  unchangedLine,
} from '../../lib/data/backup';
import { clockText, say } from '../../platform/shared/i18n';
import { ImportFailed } from '../../platform/storage/import-journal';
import { applyBackup, clearStats, downloadBackup, readAll, resetEverything } from './backup-io';
import { ConfirmRow } from './confirm-row';

type Pending = { data: BackupData; parts: PreviewPart[] };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export, import (with a preview), clear stats and reset — each destructive step confirmed in place. */
export function DataSection() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirm, setConfirm] = useState<'clear' | 'reset' | null>(null);

  async function run(action: () => Promise<string>) {
    setMessage(null);
    try {
      setMessage({ ok: true, text: await action() });
    } catch (error) {
      setMessage({ ok: false, text: i18n.t('common.failed', [reason(error)]) });
    }
  }

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setImportError(null);
    setPending(null);
    setMessage(null);
    if (!file) return;
    // Cleared so choosing the same file again reads it again.
    input.value = '';
    // Refused from its size alone: a file far too large is never read into memory.
    const tooLarge = checkBackupSize(file.size);
    if (tooLarge) {
      setImportError(say(tooLarge));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImportError(i18n.t('options.data.read_failed', [reason(error)]));
      return;
    }
    const result = parseBackup(text, file.size);
    if (!result.ok) {
      setImportError(say(result.error));
      return;
    }
    try {
      setPending({ data: result.data, parts: describeChanges(await readAll(), result.data, clockText) });
    } catch (error) {
      setImportError(i18n.t('common.failed', [reason(error)]));
    }
  }

  async function apply(data: BackupData) {
    setMessage(null);
    try {
      await applyBackup(data);
      setMessage({ ok: true, text: i18n.t('options.data.applied') });
    } catch (error) {
      const rollback = error instanceof ImportFailed ? error.rollbackError : undefined;
      setMessage({
        ok: false,
        text:
          rollback === undefined
            ? i18n.t('options.data.import_failed', [reason(error)])
            : i18n.t('options.data.import_rollback_failed', [reason(error), reason(rollback)]),
      });
    }
  }

  return (
    <section class="card" id="data" aria-labelledby="data-title">
      <h2 id="data-title">{i18n.t('options.data.title')}</h2>
      <p>{i18n.t('options.data.promise')}</p>
      <p>
        <a href={browser.runtime.getURL('/insights.html')}>{i18n.t('options.data.insights')}</a>
      </p>
      <div class="actions">
        <button
          type="button"
          onClick={() =>
            void run(async () => i18n.t('options.data.exported', [await downloadBackup(Date.now())]))
          }
        >
          {i18n.t('options.data.export')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{i18n.t('options.data.import')}</label>
        <input
          id="import-file"
          class="file"
          type="file"
          accept="application/json,.json"
          aria-invalid={importError ? 'true' : 'false'}
          aria-describedby={['import-hint', importError ? 'import-error' : ''].join(' ').trim()}
          onChange={(event) => void choose(event.currentTarget)}
        />
        <p id="import-hint" class="muted hint">
          {i18n.t('options.data.import_hint')}
        </p>
        {importError && (
          <p id="import-error" class="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
      {pending && (
        <div class="confirm">
          <p id="import-preview-title" class="confirm-question">
            {i18n.t('options.data.preview')}
          </p>
          <ul class="preview" aria-labelledby="import-preview-title">
            {pending.parts.map(({ part, changes }) =>
              changes.length === 0 ? (
                <li key={part.key} class="muted">
                  {say(unchangedLine(part))}
                </li>
              ) : (
                <li key={part.key}>
                  <strong>{say(part)}</strong>
                  <ul>
                    {changes.map((change) => (
                      <li key={change.key}>{say(change)}</li>
                    ))}
                  </ul>
                </li>
              ),
            )}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                const { data } = pending;
                setPending(null);
                void apply(data);
              }}
            >
              {i18n.t('options.data.apply')}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={() => setConfirm('clear')}>
          {i18n.t('options.data.clear_stats')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirm('reset')}>
          {i18n.t('options.data.reset')}
        </button>
      </div>
      {confirm === 'clear' && (
        <ConfirmRow
          question={i18n.t('options.data.clear_stats_question')}
          confirmLabel={i18n.t('options.data.clear_stats')}
          onConfirm={() => {
            setConfirm(null);
            void run(async () => {
              await clearStats();
              return i18n.t('options.data.cleared_stats');
            });
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      {confirm === 'reset' && (
        <ConfirmRow
          question={i18n.t('options.data.reset_question')}
          confirmLabel={i18n.t('options.data.reset')}
          onConfirm={() => {
            setConfirm(null);
            void run(async () => {
              await resetEverything();
              return i18n.t('options.data.reset_done');
            });
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      {message && (
        <p class={message.ok ? 'field-ok' : 'field-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
