/**
 * Where calls happen and how a tab there is read: each catalogued service's origins and meeting
 * addresses, without the names the pages show (`call-services.ts` adds them). The background loads
 * only this part of the catalogue.
 *
 * A service either has a distinct meeting address (a Meet room code, a Zoom `/wc/` path): a tab
 * there that was audible within the last few minutes is a call. Or it has none (a Slack huddle, a
 * Discord voice channel, a Messenger call all live at the chat's own address): then only sustained
 * sound is a call, so a notification chime can never start one. Custom sites work like the latter.
 */

/** A catalogued call service as the rules need it. */
export interface CallPlace {
  /** Stable id, stored in the settings. */
  id: string;
  /** The host match patterns asked for (optional host permissions) when the toggle is turned on. */
  origins: readonly string[];
  /**
   * Whether a URL on this service is a meeting address; null when the service has none and calls
   * happen anywhere in it (sustained sound needed).
   */
  meeting: ((url: URL) => boolean) | null;
}

const pathMatches = (re: RegExp) => (url: URL) => re.test(url.pathname);

/** In the order the options page lists them. */
export const CALL_PLACES: readonly CallPlace[] = [
  {
    id: 'meet',
    origins: ['https://meet.google.com/*'],
    // A room code: abc-defg-hij (or a named lookup link).
    meeting: pathMatches(/^\/([a-z]{3}-[a-z]{4}-[a-z]{3}|lookup\/[^/]+)\/?$/i),
  },
  {
    id: 'zoom',
    origins: ['https://*.zoom.us/*'],
    // The web client (/wc/…) and join links (/j/…, /s/…).
    meeting: pathMatches(/^\/(wc|j|s)\/[^/]+/),
  },
  {
    id: 'teams',
    origins: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'],
    // Calls also start from a chat, at the chat's address: sustained sound.
    meeting: null,
  },
  { id: 'slack', origins: ['https://app.slack.com/*'], meeting: null },
  { id: 'discord', origins: ['https://discord.com/*'], meeting: null },
  {
    id: 'webex',
    origins: ['https://*.webex.com/*'],
    meeting: pathMatches(/^\/(meet|join|wbxmjs|webappng)\//i),
  },
  {
    id: 'whereby',
    origins: ['https://whereby.com/*'],
    // A room is one path segment; the site's own pages are not rooms.
    meeting: (url) =>
      /^\/[^/]+\/?$/.test(url.pathname) &&
      !/^\/(user|org|information|login|signup|pricing)\/?$/i.test(url.pathname),
  },
  {
    id: 'jitsi',
    origins: ['https://meet.jit.si/*'],
    meeting: (url) => /^\/[^/]+\/?$/.test(url.pathname),
  },
  { id: 'whatsapp', origins: ['https://web.whatsapp.com/*'], meeting: null },
  { id: 'messenger', origins: ['https://www.messenger.com/*'], meeting: null },
  { id: 'telegram', origins: ['https://web.telegram.org/*'], meeting: null },
  { id: 'facetime', origins: ['https://facetime.apple.com/*'], meeting: pathMatches(/^\/join/) },
];

export const CALL_SERVICE_IDS = CALL_PLACES.map((s) => s.id);

/** Whether `url` falls under a host match pattern of the `https://host/*` or `https://*.host/*` kind. */
export function patternCovers(pattern: string, url: URL): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!m || url.protocol !== 'https:') return false;
  const host = (m[2] ?? '').toLowerCase();
  const tabHost = url.hostname.toLowerCase();
  return tabHost === host || (m[1] !== undefined && tabHost.endsWith(`.${host}`));
}

/** What a tab on a granted call site is, for the call rules. */
export type CallTabKind = 'meeting' | 'voice' | null;

/**
 * Classifies a tab's URL against the granted services and custom sites: on a meeting address
 * (`meeting`), somewhere calls happen without a distinct address (`voice`: sustained sound needed),
 * or not a call place at all (null: e.g. Meet's landing page).
 */
export function classifyCallTab(
  rawUrl: string | undefined,
  services: readonly CallPlace[],
  customSites: readonly string[],
): CallTabKind {
  if (!rawUrl) return null;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  for (const service of services) {
    if (!service.origins.some((o) => patternCovers(o, url))) continue;
    if (service.meeting === null) return 'voice';
    return service.meeting(url) ? 'meeting' : null;
  }
  return customSites.some((o) => patternCovers(o, url)) ? 'voice' : null;
}

/** What one look at the tabs of granted call sites found (see `classifyCallTab`). */
export interface CallSample {
  /** A tab is on a meeting address. */
  meetingOpen: boolean;
  /** A tab on a meeting address plays sound. */
  meetingHeard: boolean;
  /** A tab on a granted site without a meeting address plays sound. */
  voiceHeard: boolean;
  /** The host of a call tab that plays sound (a meeting's first), for the decision log. */
  heardHost?: string;
}

/** What the background says when nothing is granted (no tab is read). */
export const NO_CALL: CallSample = Object.freeze({
  meetingOpen: false,
  meetingHeard: false,
  voiceHeard: false,
});

/** Folds the granted tabs (URL and whether they play sound, unmuted) into one sample. */
export function sampleCalls(
  tabs: readonly { url?: string; audible: boolean }[],
  services: readonly CallPlace[],
  customSites: readonly string[],
): CallSample {
  const sample: CallSample = { ...NO_CALL };
  let voiceHost: string | undefined;
  for (const tab of tabs) {
    const kind = classifyCallTab(tab.url, services, customSites);
    if (kind === 'meeting') {
      sample.meetingOpen = true;
      if (tab.audible && !sample.meetingHeard) sample.heardHost = hostOf(tab.url);
      sample.meetingHeard ||= tab.audible;
    } else if (kind === 'voice' && tab.audible) {
      sample.voiceHeard = true;
      voiceHost ??= hostOf(tab.url);
    }
  }
  if (!sample.heardHost && voiceHost) sample.heardHost = voiceHost;
  return sample;
}

/** The host of a tab `classifyCallTab` placed, whose URL it has therefore parsed already. */
function hostOf(url: string | undefined): string {
  return new URL(url as string).hostname;
}
