/**
 * The popup's reads, sent before its first render: the entry (`entrypoints/popup/main.tsx`) starts
 * them first, and the app picks them up before that render (`loadPopupData`).
 *
 * The values are raw: the app repairs them (`popup-store.ts`). The early reads serve one
 * rendering; later reads (after an action) go to storage again.
 */
import { browser } from 'wxt/browser';
import { requestStatus, type Status } from '../shared/messages';
import { LOCAL_KEYS, type SaveError, SESSION_KEYS } from '../storage/storage-keys';

/** The `storage.local` keys the popup shows. */
export const POPUP_KEYS = [
  LOCAL_KEYS.contacts,
  LOCAL_KEYS.templates,
  LOCAL_KEYS.rotation,
  LOCAL_KEYS.pendingAsk,
] as const;

export interface FirstRead {
  /** `storage.local` for `POPUP_KEYS`, unrepaired; rejects as `storage.local.get` does. */
  local: Promise<Record<string, unknown>>;
  /** The session as the background sees it now, or null when it doesn't answer. */
  status: Promise<Status | null>;
  /** `runtime.getPlatformInfo().os` ('mac', 'win', 'linux', 'cros', 'android' …). */
  os: Promise<string>;
  /** The background's last failed save, until a later one succeeds. */
  saveError: Promise<SaveError | null>;
  /** The person's choice to see names and the draft at once when Attune opens by itself. */
  namesOnNudge: Promise<boolean>;
}

let started: FirstRead | null = null;

/** Starts the reads early (the popup's entry), for `takeFirstRead` to pick up. */
export function startFirstRead(): void {
  started ??= readAll();
}

/** The reads started early, or new ones; each is used once, by the rendering that shows them. */
export function takeFirstRead(): FirstRead {
  const reads = started ?? readAll();
  started = null;
  return reads;
}

function readAll(): FirstRead {
  return {
    local: browser.storage.local.get([...POPUP_KEYS]),
    status: statusOrNothing(),
    os: platformOs(),
    saveError: readSaveError(),
    namesOnNudge: readNamesOnNudge(),
  };
}

/**
 * How long the card waits for the background's status before it shows without it (the status line
 * then says nothing, and the rest of the card is there). A worker answers in milliseconds, starting
 * cold included; one that never answers must not leave the popup blank.
 */
export const STATUS_WAIT_MS = 2000;

function statusOrNothing(): Promise<Status | null> {
  return Promise.race([
    requestStatus().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), STATUS_WAIT_MS)),
  ]);
}

async function platformOs(): Promise<string> {
  try {
    return (await browser.runtime.getPlatformInfo()).os;
  } catch {
    // No platform info (never in a real extension page): the safe choice, copy and QR.
    return 'linux';
  }
}

/** The background's last failed save (`storage.session`), or null; never throws. */
async function readSaveError(): Promise<SaveError | null> {
  try {
    const raw = (await browser.storage.session.get(SESSION_KEYS.saveError))[SESSION_KEYS.saveError];
    if (typeof raw !== 'object' || raw === null) return null;
    const { at, message } = raw as Record<string, unknown>;
    return typeof at === 'number' && typeof message === 'string' ? { at, message } : null;
  } catch {
    // Browsers without `storage.session` have nothing to show.
    return null;
  }
}

/** Whether the person chose to see names and the draft at once when Attune opens by itself. */
async function readNamesOnNudge(): Promise<boolean> {
  try {
    // The one field the popup needs, checked as `repairSettings` checks it (anything but `true`
    // means the default, false), without loading the settings module and its call-service list.
    const { settings } = await browser.storage.sync.get('settings');
    return (settings as { namesOnNudge?: unknown } | undefined)?.namesOnNudge === true;
  } catch {
    return false;
  }
}
