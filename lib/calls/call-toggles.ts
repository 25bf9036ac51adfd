/**
 * The call-service toggles of options and welcome, as plain data: which services are on, what the
 * settings list becomes when one is turned on or off, and which host permissions can be given back.
 * A service is on only while it is listed in the settings AND its origins are granted in this browser
 * (settings sync, permissions don't; and the person can revoke a permission in the browser).
 */
import { CALL_SERVICES, type CallService, patternCovers } from './call-services';

/** The ids of the services that are on: listed, and every one of their origins granted here. */
export function servicesOn(listed: readonly string[], granted: Readonly<Record<string, boolean>>): string[] {
  return CALL_SERVICES.filter((s) => listed.includes(s.id) && granted[s.id] === true).map((s) => s.id);
}

/** The settings list with `id` added once, in the catalogue's order (unknown ids are kept as they are). */
export function withService(listed: readonly string[], id: string): string[] {
  return listed.includes(id) ? [...listed] : [...listed, id];
}

/** The settings list without `id`. */
export function withoutService(listed: readonly string[], id: string): string[] {
  return listed.filter((x) => x !== id);
}

/** The host a `https://host/*` or `https://*.host/*` pattern names, as a URL (null for anything else). */
function hostUrl(pattern: string): URL | null {
  const m = /^https:\/\/(?:\*\.)?([^/]+)\/\*$/.exec(pattern);
  return m ? new URL(`https://${m[1]}/`) : null;
}

/** Whether two host patterns reach a common host (one covers the other's host). */
export function patternsOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const hostA = hostUrl(a);
  const hostB = hostUrl(b);
  return (hostB !== null && patternCovers(a, hostB)) || (hostA !== null && patternCovers(b, hostA));
}

/**
 * Of `origins` (what was given up), those that may be handed back to the browser: none that another
 * service staying on or a custom site still needs. Overlap is enough to keep one (`*.zoom.us` and a
 * custom `zoom.us`), since browsers differ on whether removing one pattern takes the other along.
 */
export function originsToRelease(origins: readonly string[], stillNeeded: readonly string[]): string[] {
  return origins.filter((o) => !stillNeeded.some((kept) => patternsOverlap(o, kept)));
}

/** Every origin the services in `ids` ask for. */
export function originsOf(ids: readonly string[]): string[] {
  return CALL_SERVICES.filter((s) => ids.includes(s.id)).flatMap((s) => [...s.origins]);
}

/** The catalogue in two groups: services with a meeting address, and those where sound must last. */
export function groupServices(): { meetings: CallService[]; voice: CallService[] } {
  return {
    meetings: CALL_SERVICES.filter((s) => s.meeting !== null),
    voice: CALL_SERVICES.filter((s) => s.meeting === null),
  };
}
