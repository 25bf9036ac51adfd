import { send } from '../../platform/messages';

/**
 * Tells the background that stored data was replaced from here (import, clear stats, reset), so it
 * drops its in-memory copy (`dropCache` in platform/engine.ts) and starts tracking afresh instead of
 * writing old stats back.
 */
export async function restartTracking(): Promise<void> {
  await send({ type: 'data-replaced' }).catch(() => undefined);
}
