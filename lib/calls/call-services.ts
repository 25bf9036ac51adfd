/**
 * Calls, one of the concepts lib/ is grouped by: the web call services Attune recognises and
 * which of them are on. `call-services.ts` is the catalogue as the pages list it; beside it,
 * `call-places.ts` holds where each service's calls happen and how a tab there is read (all the
 * background needs), and `call-toggles.ts` turns the switches of options and welcome into settings
 * and permissions to give back. Settings and the tracker build on it; it builds on no other concept.
 *
 * The call services Attune recognises, with their names. Pure data and plain functions: the options
 * page lists the catalogue, the background classifies tabs with `call-places.ts`.
 */
import { CALL_PLACES, type CallPlace } from './call-places';

export {
  CALL_SERVICE_IDS,
  type CallSample,
  type CallTabKind,
  classifyCallTab,
  NO_CALL,
  patternCovers,
  sampleCalls,
} from './call-places';

export interface CallService extends CallPlace {
  /** The service's own name (a brand: never translated). */
  name: string;
}

/** Each service's name, by id. */
const NAMES: Readonly<Record<string, string>> = {
  meet: 'Google Meet',
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  slack: 'Slack huddles',
  discord: 'Discord',
  webex: 'Webex',
  whereby: 'Whereby',
  jitsi: 'Jitsi Meet',
  whatsapp: 'WhatsApp Web',
  messenger: 'Messenger',
  telegram: 'Telegram Web',
  facetime: 'FaceTime links',
};

/** In the order the options page lists them. */
export const CALL_SERVICES: readonly CallService[] = CALL_PLACES.map((place) => ({
  ...place,
  name: NAMES[place.id] as string,
}));

export function callServiceById(id: string): CallService | undefined {
  return CALL_SERVICES.find((s) => s.id === id);
}
