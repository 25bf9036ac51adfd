/**
 * The keys of `storage.local` that both the item layer (`storage.ts`) and the popup's single read
 * (`popup-store.ts`) use, named once.
 */
export const LOCAL_KEYS = {
  contacts: 'contacts',
  templates: 'templates',
  tracker: 'tracker',
  stats: 'stats',
  rotation: 'rotation',
  pendingAsk: 'pendingAsk',
} as const;
