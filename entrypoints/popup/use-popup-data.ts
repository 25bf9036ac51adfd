import { useLayoutEffect, useState } from 'preact/hooks';
import { reflectionIds } from '../../lib/reflections/reflections';
import { next } from '../../lib/reflections/rotation';
import { localDefaultTemplates } from '../../platform/pages/default-templates';
import { takeFirstRead } from '../../platform/pages/popup-first-read';
import { type PopupStored, repairPopupStored, savePopupStored } from '../../platform/pages/popup-store';
import { requestStatus, type Status } from '../../platform/shared/messages';
import type { SaveError } from '../../platform/storage/storage-keys';

export interface PopupData extends PopupStored {
  status: Status | null;
  /** `runtime.getPlatformInfo().os` ('mac', 'win', 'linux', 'cros', 'android' …). */
  os: string;
  /** The background's last failed save, until a later one succeeds. */
  saveError: SaveError | null;
  /** The person's choice to see names and the draft at once on a nudge. */
  namesOnNudge: boolean;
}

/**
 * Loads everything the popup shows in one go — storage, the status, the platform and the code of
 * the part that will be shown — so it renders once, at its final height, and never jumps. The reads
 * themselves began before this code loaded (`platform/pages/popup-first-read.ts`). Each opening
 * moves the rotation on, so every reflection is shown once before any repeats; `save` false (a
 * preview) keeps that move to this card.
 */
export async function loadPopupData(
  preload: (stored: PopupStored) => Promise<unknown>,
  save = true,
): Promise<PopupData> {
  const first = takeFirstRead();
  const stored = repairPopupStored(await first.local, localDefaultTemplates());
  const rotation = next(stored.rotation, reflectionIds(), Math.random);
  const [status, os, saveError, namesOnNudge] = await Promise.all([
    first.status,
    first.os,
    first.saveError,
    first.namesOnNudge,
    preload(stored).catch(() => undefined),
  ]);
  if (save) void savePopupStored({ rotation }).catch(() => undefined);
  return { ...stored, rotation, status, os, saveError, namesOnNudge };
}

/**
 * The popup's data: `first` when it was loaded before the first render (`entrypoints/popup/main.tsx`,
 * so that render is the only one), else `load()` right after it.
 */
export function usePopupData(first: PopupData | undefined, load: () => Promise<PopupData>) {
  const [data, setData] = useState<PopupData | null>(first ?? null);

  // Layout effects start at once after the first render; plain effects wait for a frame.
  useLayoutEffect(() => {
    // A status that did not come in time (`STATUS_WAIT_MS`) is asked for again, to fill in later.
    const askAgain = (loaded: PopupData) => {
      if (loaded.status === null) void refreshStatus(setData).catch(() => undefined);
    };
    if (first) askAgain(first);
    else
      void load().then((loaded) => {
        setData(loaded);
        askAgain(loaded);
      });
  }, []);

  return [data, setData] as const;
}

/** Fetches the status again after an action. */
export async function refreshStatus(set: (update: (d: PopupData | null) => PopupData | null) => void) {
  const status = await requestStatus();
  set((d) => (d ? { ...d, status } : d));
}
