import { useState } from 'preact/hooks';
import { type BackupData, describeChanges, parseBackup } from '../../lib/backup';
import type { Settings } from '../../lib/settings';
import { applyBackup, clearStats, downloadBackup, readAll, resetEverything } from './backup-io';
import { ConfirmRow } from './confirm-row';
import { restartTracking } from './restart-tracking';

const TEXT = {
  title: 'Privacy & data',
  promise:
    'Everything Attune knows stays in your browser. It makes no network requests and never contacts anyone ' +
    'by itself. Settings sync through your browser account if you use one; people, messages and stats stay ' +
    'on this device.',
  export: 'Export everything',
  exported: (name: string) => `Saved ${name} to your downloads.`,
  import: 'Import a backup file',
  importHint: 'A file made with “Export everything”. You’ll see what changes before anything is replaced.',
  preview: 'This import will change:',
  apply: 'Apply',
  cancel: 'Cancel',
  applied: 'Imported. Your data is restored.',
  clearStats: 'Clear stats',
  clearStatsQuestion: 'Forget your daily history? Settings, people and messages stay.',
  clearedStats: 'Stats cleared.',
  reset: 'Reset everything',
  resetQuestion:
    'Reset everything? Your settings, people, messages, favourites and stats are removed from this browser.',
  resetConfirm: 'Reset everything',
  resetDone: 'Everything was reset. Attune starts fresh.',
  failed: (reason: string) => `That didn’t work: ${reason}`,
} as const;

interface Props {
  settings: Settings;
}

type Pending = { data: BackupData; lines: string[] };

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export, import (with a preview), clear stats and reset — each destructive step confirmed in place. */
export function DataSection({ settings }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [confirm, setConfirm] = useState<'clear' | 'reset' | null>(null);

  async function run(action: () => Promise<string>) {
    setMessage(null);
    try {
      setMessage({ ok: true, text: await action() });
    } catch (error) {
      setMessage({ ok: false, text: TEXT.failed(reason(error)) });
    }
  }

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    setImportError(null);
    setPending(null);
    setMessage(null);
    if (!file) return;
    const result = parseBackup(await file.text(), file.size);
    // Cleared so choosing the same file again reads it again.
    input.value = '';
    if (!result.ok) {
      setImportError(result.error);
      return;
    }
    setPending({ data: result.data, lines: describeChanges(await readAll(), result.data) });
  }

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{TEXT.title}</h2>
      <p>{TEXT.promise}</p>
      <div class="actions">
        <button
          type="button"
          onClick={() => void run(async () => TEXT.exported(await downloadBackup(Date.now())))}
        >
          {TEXT.export}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{TEXT.import}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          aria-invalid={importError ? 'true' : 'false'}
          aria-describedby={['import-hint', importError ? 'import-error' : ''].join(' ').trim()}
          onChange={(event) => void choose(event.currentTarget)}
        />
        <p id="import-hint" class="muted hint">
          {TEXT.importHint}
        </p>
        {importError && (
          <p id="import-error" class="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
      {pending && (
        <div class="confirm">
          <p id="import-preview-title">{TEXT.preview}</p>
          <ul>
            {pending.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() => {
                const { data } = pending;
                setPending(null);
                void run(async () => {
                  await applyBackup(data);
                  await restartTracking();
                  return TEXT.applied;
                });
              }}
            >
              {TEXT.apply}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {TEXT.cancel}
            </button>
          </div>
        </div>
      )}
      <div class="actions">
        <button type="button" onClick={() => setConfirm('clear')}>
          {TEXT.clearStats}
        </button>
        <button type="button" class="danger" onClick={() => setConfirm('reset')}>
          {TEXT.reset}
        </button>
      </div>
      {confirm === 'clear' && (
        <ConfirmRow
          question={TEXT.clearStatsQuestion}
          confirmLabel={TEXT.clearStats}
          onConfirm={() => {
            setConfirm(null);
            void run(async () => {
              await clearStats();
              await restartTracking();
              return TEXT.clearedStats;
            });
          }}
          onCancel={() => setConfirm(null)}
        />
      )}
      {confirm === 'reset' && (
        <ConfirmRow
          question={TEXT.resetQuestion}
          confirmLabel={TEXT.resetConfirm}
          onConfirm={() => {
            setConfirm(null);
            void run(async () => {
              await resetEverything(settings.callSites);
              await restartTracking();
              return TEXT.resetDone;
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
