/**
 * The popup's access to `storage.local`: one read of the four keys it shows, and plain writes of
 * the same keys. The popup opens on every nudge, so it reads them in one round trip rather than one
 * per item. People and messages are checked where they enter, so the popup keeps only the shape it
 * relies on (`lib/people/stored-shape.ts`); the rotation is repaired as the item layer repairs it.
 */
import { browser } from 'wxt/browser';
import type { Contact } from '../../lib/people/contact';
import { storedContacts, storedTemplates } from '../../lib/people/stored-shape';
import { reflectionIds } from '../../lib/reflections/reflections';
import { createRotation, type Rotation, repairRotation } from '../../lib/reflections/rotation';
import { LOCAL_KEYS } from '../storage/storage-keys';
import { POPUP_KEYS } from './popup-first-read';

/** After a channel button was used: ask, the next time the popup opens, whether they connected. */
export interface PendingAsk {
  contactId: string;
  name: string;
  at: number;
}

/** A stored pending question, or null when missing or malformed. */
export function parsePendingAsk(raw: unknown): PendingAsk | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { contactId, name, at } = raw as Record<string, unknown>;
  return typeof contactId === 'string' && typeof name === 'string' && typeof at === 'number'
    ? { contactId, name, at }
    : null;
}

export interface PopupStored {
  contacts: Contact[];
  templates: string[];
  rotation: Rotation;
  pendingAsk: PendingAsk | null;
}

/** Everything the popup shows from storage, in one read. */
export async function readPopupStored(defaultTemplates: readonly string[]): Promise<PopupStored> {
  return repairPopupStored(await browser.storage.local.get([...POPUP_KEYS]), defaultTemplates);
}

/** The popup's keys as read from `storage.local` (`POPUP_KEYS`), repaired. */
export function repairPopupStored(
  raw: Record<string, unknown>,
  defaultTemplates: readonly string[],
): PopupStored {
  const { contacts, templates, rotation, pendingAsk } = LOCAL_KEYS;
  const ids = reflectionIds();
  return {
    contacts: storedContacts(raw[contacts]),
    templates: storedTemplates(raw[templates], defaultTemplates),
    rotation:
      raw[rotation] === undefined ? createRotation(ids, Math.random) : repairRotation(raw[rotation], ids),
    pendingAsk: parsePendingAsk(raw[pendingAsk]),
  };
}

/** Saves what the popup changed; `pendingAsk: null` forgets the question. */
export async function savePopupStored(change: Partial<PopupStored>): Promise<void> {
  const { pendingAsk, ...rest } = change;
  if (pendingAsk === null) await browser.storage.local.remove(LOCAL_KEYS.pendingAsk);
  const values = pendingAsk ? { ...rest, [LOCAL_KEYS.pendingAsk]: pendingAsk } : rest;
  if (Object.keys(values).length > 0) await browser.storage.local.set(values);
}
