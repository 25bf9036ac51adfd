/**
 * The public-suffix list for call sites, loaded when the person starts typing one (the field's
 * focus or first input), so it stays out of the options page's first load and out of every other
 * bundle. The add button needs it only for a wildcard; by the time one is typed, it is here.
 */
import type { PublicSuffixCheck } from '../../lib/settings/permissions';

let loaded: PublicSuffixCheck | null = null;
let loading: Promise<PublicSuffixCheck> | null = null;

/** Starts loading the list (once) and resolves with the check. */
export function loadSuffixCheck(): Promise<PublicSuffixCheck> {
  loading ??= import('../../lib/settings/public-suffix').then((module) => {
    loaded = module.isPublicSuffix;
    return loaded;
  });
  return loading;
}

/** The check if already loaded, so a click can use it synchronously; null while loading. */
export function suffixCheckNow(): PublicSuffixCheck | null {
  return loaded;
}
