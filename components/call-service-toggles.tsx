import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CALL_SERVICES, type CallService } from '../lib/calls/call-services';
import {
  groupServices,
  originsOf,
  originsToRelease,
  servicesOn,
  withoutService,
  withService,
} from '../lib/calls/call-toggles';
import type { Settings } from '../lib/settings/settings';
import { askForOrigins, giveBackOrigins, hasOrigins, watchGrants } from '../platform/pages/host-permissions';
import type { SaveStatus } from '../platform/pages/use-settings';
import { SaveStatusLine } from './save-status';

interface Props {
  settings: Settings;
  /** Writes the changed settings fields; resolves with null once stored or the reason it failed. */
  save: (patch: Partial<Settings>) => Promise<string | null>;
  /** Prefix of the element ids, unique on the page (`options`, `welcome`). */
  idPrefix: string;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Whether each service's origins are all granted in this browser, by id. */
async function readGrants(): Promise<Record<string, boolean>> {
  const entries = await Promise.all(CALL_SERVICES.map(async (s) => [s.id, await hasOrigins(s.origins)]));
  return Object.fromEntries(entries);
}

/**
 * The catalogue of call services, one checkbox each (options and welcome). A service is on while it
 * is listed in the settings and granted here; turning one on asks the browser for exactly its
 * origins in the same click, turning it off gives back what nothing else still needs. Grants made
 * or revoked elsewhere while the page is open show at once.
 */
export function CallServiceToggles({ settings, save, idPrefix }: Props) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [asking, setAsking] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; text: string } | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  // The browser's answer comes later: by then, use the settings as they are, not as they were.
  const latest = useRef(settings);
  latest.current = settings;

  useEffect(() => {
    let live = true;
    const load = () => void readGrants().then((next) => live && setGranted(next));
    load();
    const stop = watchGrants(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  function write(callServices: string[]) {
    setStatus({ kind: 'saving' });
    void save({ callServices }).then((failed) =>
      setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
    );
  }

  function turnOn(service: CallService) {
    // First, in the click itself: the browser shows its prompt only during the person's gesture,
    // and Firefox forgets the gesture after an await.
    const answer = askForOrigins(service.origins);
    setAsking(service.id);
    setProblem(null);
    answer.then(
      (ok) => {
        setAsking(null);
        if (!ok) {
          setProblem({ id: service.id, text: i18n.t('call_services.denied', [service.name]) });
          return;
        }
        setGranted((g) => ({ ...g, [service.id]: true }));
        write(withService(latest.current.callServices, service.id));
      },
      (error: unknown) => {
        setAsking(null);
        setProblem({ id: service.id, text: i18n.t('call_services.failed', [reason(error)]) });
      },
    );
  }

  async function turnOff(service: CallService) {
    setProblem(null);
    const rest = withoutService(latest.current.callServices, service.id);
    write(rest);
    const release = originsToRelease(service.origins, [...originsOf(rest), ...latest.current.callSites]);
    try {
      await giveBackOrigins(release);
    } catch (error) {
      setProblem({ id: service.id, text: i18n.t('call_services.failed', [reason(error)]) });
    }
  }

  const onNow = servicesOn(settings.callServices, granted);
  const { meetings, voice } = groupServices();
  const groups = [
    { key: 'meetings', title: i18n.t('call_services.meetings'), hint: null, services: meetings },
    {
      key: 'voice',
      title: i18n.t('call_services.voice'),
      hint: i18n.t('call_services.voice_hint'),
      services: voice,
    },
  ];
  return (
    <div class="call-services">
      <p class="muted hint">{i18n.t('call_services.what')}</p>
      {groups.map((group) => (
        <fieldset
          key={group.key}
          class="choices services"
          aria-describedby={group.hint ? `${idPrefix}-${group.key}-hint` : undefined}
        >
          <legend>{group.title}</legend>
          {group.hint && (
            <p id={`${idPrefix}-${group.key}-hint`} class="muted hint">
              {group.hint}
            </p>
          )}
          <ul class="service-list">
            {group.services.map((service) => {
              const id = `${idPrefix}-service-${service.id}`;
              const listed = settings.callServices.includes(service.id);
              const on = onNow.includes(service.id);
              const error = problem?.id === service.id;
              const notHere = listed && granted[service.id] === false;
              return (
                <li key={service.id} class="choice">
                  <input
                    id={id}
                    type="checkbox"
                    checked={on || asking === service.id}
                    aria-describedby={
                      error ? `${idPrefix}-${group.key}-problem` : notHere ? `${id}-note` : undefined
                    }
                    onChange={(e) => {
                      if (asking === service.id) {
                        // The browser's prompt is still open: its answer decides.
                        e.currentTarget.checked = true;
                        return;
                      }
                      if (on) void turnOff(service);
                      else turnOn(service);
                    }}
                  />
                  <label for={id}>{service.name}</label>
                  {notHere && !error && (
                    <p id={`${id}-note`} class="muted hint">
                      {i18n.t('call_services.not_here')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          {problem && group.services.some((s) => s.id === problem.id) && (
            // Below the list, so the grid of names keeps its shape; the message names the service.
            <p id={`${idPrefix}-${group.key}-problem`} class="field-error hint" role="alert">
              {problem.text}
            </p>
          )}
        </fieldset>
      ))}
      <SaveStatusLine id={`${idPrefix}-services-status`} status={status} />
    </div>
  );
}
