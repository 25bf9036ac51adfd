import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { csvFileName, toCsv } from '../../lib/history/insights';
import type { Stats } from '../../lib/history/stats';
import { clearStats, saveFile } from './io';

interface Props {
  stats: Stats;
  todayKey: string;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export as CSV and Clear (asked in place first; focus starts on the safe choice, Escape cancels). */
export function DataActions({ stats, todayKey }: Props) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);

  function stopAsking() {
    setAsking(false);
    clearButton.current?.focus();
  }

  function exportCsv() {
    const name = csvFileName(todayKey);
    try {
      saveFile(name, toCsv(stats), 'text/csv;charset=utf-8');
      setMessage({ ok: true, text: i18n.t('insights.exported', [name]) });
    } catch (error) {
      setMessage({ ok: false, text: i18n.t('insights.failed', [reason(error)]) });
    }
  }

  async function clear() {
    setAsking(false);
    try {
      await clearStats();
      setMessage({ ok: true, text: i18n.t('insights.cleared') });
    } catch (error) {
      setMessage({ ok: false, text: i18n.t('insights.failed', [reason(error)]) });
    }
  }

  const empty = Object.keys(stats).length === 0;
  if (empty && !message) return null;
  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{i18n.t('insights.data_title')}</h2>
      {!empty && (
        <>
          <p class="muted">{i18n.t('insights.data_note')}</p>
          <div class="actions">
            <button type="button" onClick={exportCsv}>
              {i18n.t('insights.export')}
            </button>
            <button type="button" ref={clearButton} aria-expanded={asking} onClick={() => setAsking(true)}>
              {i18n.t('insights.clear')}
            </button>
          </div>
        </>
      )}
      {asking && (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') stopAsking();
          }}
        >
          <legend>{i18n.t('insights.clear_question')}</legend>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void clear()}>
              {i18n.t('insights.clear')}
            </button>
            <button type="button" ref={cancel} onClick={stopAsking}>
              {i18n.t('insights.cancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p class={message?.ok === false ? 'field-error' : 'field-ok'} role="status">
        {message?.text}
      </p>
    </section>
  );
}
