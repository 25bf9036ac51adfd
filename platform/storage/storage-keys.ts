/**
 * The keys of `storage.local`, named once. `storage.ts` defines the items people's data lives in;
 * the popup reads its keys in one call (`popup-store.ts`); `tracker` (the session snapshot, with
 * `decisionLog`) and `pendingAsk` each have a single owner that reads and writes them directly
 * (`tracker-store.ts`, `popup-store.ts`).
 */
export const LOCAL_KEYS = {
  contacts: 'contacts',
  templates: 'templates',
  tracker: 'tracker',
  stats: 'stats',
  rotation: 'rotation',
  pendingAsk: 'pendingAsk',
  /** An import between its two writes (`import-journal.ts`, its only owner); absent otherwise. */
  importJournal: 'importJournal',
  /**
   * The decision log (lib/tracker/decision-log.ts): the last 200 `{ at, what, detail?, until? }`, oldest
   * first, that the options page words as "Why did (or didn't) Attune nudge?". Written only by
   * `tracker-store.ts`, in the same `set` as the tracker snapshot (never a write of its own), and by
   * an import; never sent anywhere.
   */
  decisionLog: 'decisionLog',
} as const;

/**
 * The keys of `storage.session` (memory only: gone when the browser quits, kept while the worker
 * sleeps; cheap to write). The background owns both.
 */
export const SESSION_KEYS = {
  /** The tracker's live state after the last handled event, so a cold worker resumes exactly. */
  live: 'live',
  /**
   * The last storage write that failed (`{ at, message }`), cleared by the next write that
   * succeeds; pages show it so a failure is never silent.
   */
  saveError: 'saveError',
  /**
   * The decision log as of the last handled event, written in the same `set` as `live`: it may be
   * newer than `LOCAL_KEYS.decisionLog`, which catches up at the next snapshot.
   */
  decisionLog: 'decisionLog',
  /**
   * The counts not saved to `storage.local` yet (`lib/history/pending-stats.ts`) and which snapshot
   * they add to (`base`), written in the same `set` as `live`: a worker stopped before its snapshot
   * write hands them on; once that snapshot is replaced they were saved and are ignored.
   */
  pendingStats: 'pendingStats',
} as const;

/** What `SESSION_KEYS.saveError` holds. */
export interface SaveError {
  /** When the write failed (ms epoch). */
  at: number;
  /** The browser's own error text (e.g. a quota message). */
  message: string;
}
