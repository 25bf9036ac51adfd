/**
 * The keys of `storage.local`, named once. `storage.ts` defines the items people's data lives in;
 * the popup reads its keys in one call (`popup-store.ts`); `tracker` (the session snapshot) and
 * `pendingAsk` each have a single owner that reads and writes them directly
 * (`tracker-store.ts`, `popup-store.ts`).
 */
export const LOCAL_KEYS = {
  contacts: 'contacts',
  templates: 'templates',
  tracker: 'tracker',
  stats: 'stats',
  rotation: 'rotation',
  pendingAsk: 'pendingAsk',
} as const;
