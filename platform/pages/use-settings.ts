/**
 * The pages' hooks, one of the folders platform/ is grouped by: what the popup, options, welcome,
 * Insights and privacy pages and their components load to meet the browser. `use-settings.ts` is
 * the settings as a Preact hook that saves edits once they settle. Beside it,
 * `use-crisis-country.ts` is the crisis-line country as a hook; `popup-first-read.ts` starts the
 * popup's reads before its first render; `popup-store.ts` is the popup's one read of what it shows,
 * and its writes; `stored-templates.ts` reads the drafted messages, or Attune's own when there are
 * none; `default-templates.ts` writes Attune's own messages in the browser's language;
 * `reflection-words.ts` gives a reflection's words in the browser's language;
 * `contact-last-reached.ts` says when someone was last reached; `host-permissions.ts` asks for and
 * reads the call sites' host access; `save-file.ts` saves an export as a file; `shortcut.ts` writes
 * the shortcut that opens Attune; and `pages.ts` gives the addresses of Attune's pages for links.
 * It builds on storage and shared, and never loads the worker's glue.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings } from '../../lib/settings/settings';
import { readSettings, watchSettings, writeSettings } from '../storage/storage';

/** How long a burst of edits settles before one write to `storage.sync` (its quotas are per minute). */
const SAVE_DELAY_MS = 400;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * Writes the changed settings fields; resolves with null once stored or the reason it failed. The
 * options page's sections take it as a prop.
 */
export type SaveSettings = (patch: Partial<Settings>) => Promise<string | null>;

/** The reason a write failed, as a sentence ("Couldn’t save: …"). */
export function couldNotSave(error: unknown): string {
  return i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]);
}

interface Pending {
  timer: ReturnType<typeof setTimeout>;
  patch: Partial<Settings>;
  /** Everyone waiting for this write: each gets null (saved) or the reason it failed. */
  waiting: ((error: string | null) => void)[];
}

/**
 * The current settings, kept in step with storage, and a `save` that writes one burst of valid
 * edits at once. Only the fields a caller changed are written, onto the settings as stored at that
 * moment, so a field edited meanwhile elsewhere (another tab, another browser) is never reverted.
 * `save` resolves with null once stored, or with the reason it failed (never rejects), so each field
 * can say its own outcome; `status` is the outcome of the last write, for pages with one status line.
 * A pending burst is written at once when the page is hidden for good (`pagehide`).
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<Pending | null>(null);
  /** Set while the page goes away: a save then writes at once instead of after the delay. */
  const leaving = useRef(false);

  async function write(batch: Pending) {
    let error: string | null = null;
    try {
      await writeSettings({ ...(await readSettings()), ...batch.patch });
    } catch (e) {
      error = couldNotSave(e);
    }
    setStatus(error ? { kind: 'error', message: error } : { kind: 'saved' });
    for (const done of batch.waiting) done(error);
  }

  function flush() {
    const batch = pending.current;
    if (!batch) return;
    clearTimeout(batch.timer);
    pending.current = null;
    void write(batch);
  }

  useEffect(() => {
    let live = true;
    void readSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings((value) => {
      if (!pending.current) setSettings(value);
    });
    const hide = () => {
      leaving.current = true;
      flush();
    };
    const show = () => {
      leaving.current = false;
    };
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      live = false;
      unwatch();
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
    };
  }, []);

  function save(patch: Partial<Settings>): Promise<string | null> {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    setStatus({ kind: 'saving' });
    return new Promise((resolve) => {
      const previous = pending.current;
      if (previous) clearTimeout(previous.timer);
      pending.current = {
        timer: setTimeout(flush, SAVE_DELAY_MS),
        patch: { ...previous?.patch, ...patch },
        waiting: [...(previous?.waiting ?? []), resolve],
      };
      if (leaving.current) flush();
    });
  }

  return { settings, status, save };
}
