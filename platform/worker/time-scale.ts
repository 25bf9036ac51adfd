/**
 * How long one configured minute lasts in this build. Release builds use real minutes; builds made
 * with `--mode e2e` or `--mode demo` read `WXT_MINUTE_MS` from `.env.e2e` / `.env.demo` so the
 * real nudge path runs in seconds.
 */
const configured = import.meta.env.WXT_MINUTE_MS;

/** Without the variable (a release build) this is a constant the minifier carries into its uses. */
export const MINUTE_MS = configured === undefined ? 60_000 : parseMinuteMs(configured);

/** Parses the build variable; anything missing or unreasonable means real minutes. */
export function parseMinuteMs(raw: string | undefined): number {
  const value = Number(raw);
  return Number.isInteger(value) && value >= 100 && value <= 60_000 ? value : 60_000;
}
