import { useLayoutEffect, useState } from 'preact/hooks';
import { localDefaultTemplates } from '../../components/default-templates';
import { reflectionIds } from '../../lib/reflections';
import { next } from '../../lib/rotation';
import { requestStatus, type Status } from '../../platform/messages';
import { type PopupStored, readPopupStored, savePopupStored } from '../../platform/popup-store';

export interface PopupData extends PopupStored {
  status: Status | null;
}

/**
 * Loads everything the popup shows in one go. Each opening moves the rotation on, so every
 * reflection is shown once before any repeats, across restarts.
 */
export function usePopupData() {
  const [data, setData] = useState<PopupData | null>(null);

  // Layout effects start at once after the first render; plain effects wait for a frame, which is
  // most of the time it takes to show the reflection.
  useLayoutEffect(() => {
    void readPopupStored(localDefaultTemplates()).then(async (stored) => {
      const rotation = next(stored.rotation, reflectionIds(), Math.random);
      setData({ ...stored, status: null, rotation });
      await savePopupStored({ rotation });
    });
  }, []);

  useLayoutEffect(() => {
    void requestStatus().then(
      (status) => setData((d) => (d ? { ...d, status } : d)),
      () => undefined,
    );
  }, [data === null]);

  return [data, setData] as const;
}

/** Fetches the status again after an action. */
export async function refreshStatus(set: (update: (d: PopupData | null) => PopupData | null) => void) {
  const status = await requestStatus();
  set((d) => (d ? { ...d, status } : d));
}
