/**
 * Call sites: turning what the person types ("meet.google.com", a pasted meeting link) into the one
 * host pattern Attune asks permission for. Pure: no `browser.*` here.
 */
import { phrase, type Result } from '../words/phrase';
import { isCallSitePattern, MAX_CALL_SITES } from './settings';

const MESSAGES = {
  empty: phrase('errors.call_site.empty'),
  invalid: phrase('errors.call_site.invalid'),
  insecure: phrase('errors.call_site.insecure'),
  duplicate: phrase('errors.call_site.duplicate'),
  publicSuffix: (suffix: string) => phrase('errors.call_site.public_suffix', suffix),
  full: phrase('errors.call_site.full', MAX_CALL_SITES),
};

/**
 * Turns a host (`meet.google.com`, `*.zoom.us`) or a URL (`https://meet.google.com/abc-defg`) into
 * the match pattern `https://meet.google.com/*`. Only the host is kept: a path would not narrow
 * what the browser grants, and a port or credentials have no place in a call site.
 */
export function toCallSitePattern(input: string): Result<string> {
  const text = input.trim();
  if (text === '') return { ok: false, error: MESSAGES.empty };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'https') return { ok: false, error: MESSAGES.insecure };
  const rest = scheme === undefined ? text : text.slice(scheme.length + 3);
  const host = (rest.split(/[/?#]/, 1)[0] ?? '').toLowerCase().replace(/\.$/, '');
  if (/[@:\s]/.test(host)) return { ok: false, error: MESSAGES.invalid };
  const pattern = `https://${host}/*`;
  return isCallSitePattern(pattern) ? { ok: true, value: pattern } : { ok: false, error: MESSAGES.invalid };
}

/** Whether a host is a public suffix (co.uk, github.io): see lib/settings/public-suffix.ts. */
export type PublicSuffixCheck = (host: string) => boolean;

/** The host a wildcard pattern spans (`https://*.zoom.us/*` → `zoom.us`), or null for one host. */
function wildcardBase(pattern: string): string | null {
  const host = hostOfPattern(pattern);
  return host.startsWith('*.') ? host.slice(2) : null;
}

/**
 * Whether checking `input` needs the public-suffix list: only a wildcard does, so a page can add
 * a plain host at once, in the click, while the list is still loading.
 */
export function needsSuffixCheck(input: string): boolean {
  const pattern = toCallSitePattern(input);
  return pattern.ok && wildcardBase(pattern.value) !== null;
}

/**
 * Checks a new site against the list: a valid pattern, no wildcard over a public suffix (a minute
 * of sound on anyone's site under `*.github.io` would count as a call), not there yet, and room
 * for it. `isPublicSuffix` is consulted only for a wildcard.
 */
export function checkNewCallSite(
  list: readonly string[],
  input: string,
  isPublicSuffix: PublicSuffixCheck,
): Result<string> {
  const pattern = toCallSitePattern(input);
  if (!pattern.ok) return pattern;
  const base = wildcardBase(pattern.value);
  if (base !== null && isPublicSuffix(base)) return { ok: false, error: MESSAGES.publicSuffix(base) };
  if (list.includes(pattern.value)) return { ok: false, error: MESSAGES.duplicate };
  if (list.length >= MAX_CALL_SITES) return { ok: false, error: MESSAGES.full };
  return pattern;
}

/** The host a pattern covers, for display: `https://*.zoom.us/*` → `*.zoom.us`. */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');
}
