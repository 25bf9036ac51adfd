import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Settings } from '../lib/settings';
import { readSettings, watchSettings, writeSettings } from '../platform/storage';

/** How long a burst of edits settles before one write to `storage.sync` (its quotas are per minute). */
const SAVE_DELAY_MS = 400;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

/**
 * The current settings, kept in step with storage, and a `save` that writes one burst of valid
 * edits at once. A failed write (e.g. a sync quota) is reported, never swallowed.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: Settings } | null>(null);

  useEffect(() => {
    let live = true;
    void readSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings((value) => {
      if (!pending.current) setSettings(value);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  function save(next: Settings) {
    setSettings(next);
    setStatus({ kind: 'saving' });
    if (pending.current) clearTimeout(pending.current.timer);
    const timer = setTimeout(() => {
      pending.current = null;
      writeSettings(next).then(
        () => setStatus({ kind: 'saved' }),
        (error: unknown) =>
          setStatus({
            kind: 'error',
            message: i18n.t('common.could_not_save', [
              error instanceof Error ? error.message : String(error),
            ]),
          }),
      );
    }, SAVE_DELAY_MS);
    pending.current = { timer, value: next };
  }

  return { settings, status, save };
}
