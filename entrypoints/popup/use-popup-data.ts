import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reflectionIds } from '../../lib/reflections/reflections';
import { next } from '../../lib/reflections/rotation';
import { localDefaultTemplates } from '../../platform/default-templates';
import { requestStatus, type Status } from '../../platform/messages';
import {
  type PopupStored,
  readNamesOnNudge,
  readPopupStored,
  readSaveError,
  savePopupStored,
} from '../../platform/popup-store';
import type { SaveError } from '../../platform/storage-keys';

export interface PopupData extends PopupStored {
  status: Status | null;
  /** `runtime.getPlatformInfo().os` ('mac', 'win', 'linux', 'cros', 'android' …). */
  os: string;
  /** The background's last failed save, until a later one succeeds. */
  saveError: SaveError | null;
  /** The person's choice to see names and the draft at once on a nudge. */
  namesOnNudge: boolean;
}

async function platformOs(): Promise<string> {
  try {
    return (await browser.runtime.getPlatformInfo()).os;
  } catch {
    // No platform info (never in a real extension page): the safe choice, copy and QR.
    return 'linux';
  }
}

/**
 * Loads everything the popup shows in one go — storage, the status, the platform and the code of
 * the part that will be shown — so it renders once, at its final height, and never jumps. Each
 * opening moves the rotation on, so every reflection is shown once before any repeats.
 */
export function usePopupData(preload: (stored: PopupStored) => Promise<unknown>) {
  const [data, setData] = useState<PopupData | null>(null);

  // Layout effects start at once after the first render; plain effects wait for a frame.
  useLayoutEffect(() => {
    const status = requestStatus().catch(() => null);
    void readPopupStored(localDefaultTemplates()).then(async (stored) => {
      const rotation = next(stored.rotation, reflectionIds(), Math.random);
      const [s, os, saveError, namesOnNudge] = await Promise.all([
        status,
        platformOs(),
        readSaveError(),
        readNamesOnNudge(),
        preload(stored).catch(() => undefined),
      ]);
      setData({ ...stored, rotation, status: s, os, saveError, namesOnNudge });
      await savePopupStored({ rotation }).catch(() => undefined);
    });
  }, []);

  return [data, setData] as const;
}

/** Fetches the status again after an action. */
export async function refreshStatus(set: (update: (d: PopupData | null) => PopupData | null) => void) {
  const status = await requestStatus();
  set((d) => (d ? { ...d, status } : d));
}
