/**
 * Public suffixes (co.uk, github.io, blogspot.com): names under which unrelated owners register
 * their own sites, from the Public Suffix List's ICANN and private sections (through `tldts`).
 * A call site `*.github.io` would count a minute of sound on anyone's page as a call.
 *
 * The list weighs tens of kilobytes, so only the page where a call site is typed imports this
 * module, lazily (entrypoints/options/suffix-check.ts); the background and the popup never do.
 */
import { getDomain } from 'tldts';

/** Whether `host` is itself a public suffix: no one owner's site, so no wildcard may span it. */
export function isPublicSuffix(host: string): boolean {
  return getDomain(host, { allowPrivateDomains: true }) === null;
}
