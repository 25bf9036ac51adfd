import { useEffect, useState } from 'preact/hooks';
import { readLocalTemplates } from '../../components/stored-templates';
import type { Contact } from '../../lib/contacts';
import { reflectionIds } from '../../lib/reflections';
import { next, type Rotation } from '../../lib/rotation';
import { requestStatus, type Status } from '../../platform/messages';
import {
  type PendingAsk,
  readContacts,
  readPendingAsk,
  readRotation,
  writeRotation,
} from '../../platform/storage';

export interface PopupData {
  status: Status | null;
  contacts: Contact[];
  templates: string[];
  rotation: Rotation;
  pendingAsk: PendingAsk | null;
}

/**
 * Loads everything the popup shows in one go. Each opening moves the rotation on, so every
 * reflection is shown once before any repeats, across restarts.
 */
export function usePopupData() {
  const [data, setData] = useState<PopupData | null>(null);

  useEffect(() => {
    void Promise.all([readContacts(), readLocalTemplates(), readRotation(), readPendingAsk()]).then(
      async ([contacts, templates, stored, pendingAsk]) => {
        const rotation = next(stored, reflectionIds(), Math.random);
        setData({ status: null, contacts, templates, rotation, pendingAsk });
        await writeRotation(rotation);
      },
    );
  }, []);

  useEffect(() => {
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
