import { send } from '../../platform/messages';

/**
 * Tells the background that stored data was replaced from here (import, clear stats, reset), so it
 * forgets its in-memory session and unsaved stats (`dropCache` in platform/engine.ts) and carries on
 * from what is stored now.
 */
export async function restartTracking(): Promise<void> {
  await send({ type: 'data-replaced' }).catch(() => undefined);
}
