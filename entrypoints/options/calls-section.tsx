import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CallServiceToggles } from '../../components/call-service-toggles';
import { SaveStatusLine } from '../../components/save-status';
import { originsOf, originsToRelease } from '../../lib/calls/call-toggles';
import {
  checkNewCallSite,
  hostOfPattern,
  needsSuffixCheck,
  type PublicSuffixCheck,
} from '../../lib/settings/permissions';
import type { Settings } from '../../lib/settings/settings';
import { hasOrigins, watchGrants } from '../../platform/pages/host-permissions';
import type { SaveSettings, SaveStatus } from '../../platform/pages/use-settings';
import { say } from '../../platform/shared/i18n';
import { loadSuffixCheck, suffixCheckNow } from './suffix-check';

interface Props {
  settings: Settings;
  save: SaveSettings;
}

/** Never consulted: only a wildcard needs the public-suffix list (`needsSuffixCheck`). */
const notAWildcard: PublicSuffixCheck = () => false;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Calls: the catalogue of call services, then other call sites the person types in. Each needs its
 * own host permission, asked for in the click that turns it on or adds it.
 */
export function CallsSection({ settings, save }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  function saveSites(callSites: string[]) {
    setStatus({ kind: 'saving' });
    void save({ callSites }).then((failed) =>
      setStatus(failed ? { kind: 'error', message: failed } : { kind: 'saved' }),
    );
  }

  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all(settings.callSites.map(async (p) => [p, await hasOrigins([p])] as const)).then(
        (entries) => live && setGranted(Object.fromEntries(entries)),
      );
    load();
    // Allowed or revoked elsewhere (the browser's settings) while this page is open.
    const stop = watchGrants(load);
    return () => {
      live = false;
      stop();
    };
  }, [settings.callSites]);

  function add(event: Event) {
    event.preventDefault();
    const check = suffixCheckNow();
    if (check === null && needsSuffixCheck(text)) {
      // Rare (it loads when the field is first used): wait for it. A browser that no longer counts
      // the request as the click's own then refuses it, which shows as `denied`; the next click works.
      loadSuffixCheck().then(addSite, (e: unknown) => setError(i18n.t('options.calls.failed', [reason(e)])));
      return;
    }
    addSite(check ?? notAWildcard);
  }

  function addSite(isPublicSuffix: PublicSuffixCheck) {
    const checked = checkNewCallSite(settings.callSites, text, isPublicSuffix);
    if (!checked.ok) {
      setError(say(checked.error));
      return;
    }
    const pattern = checked.value;
    setError(null);
    // Called synchronously in the click: the browser only shows its prompt during a user gesture.
    browser.permissions.request({ origins: [pattern] }).then(
      (ok) => {
        if (!ok) {
          setError(i18n.t('options.calls.denied', [hostOfPattern(pattern)]));
          return;
        }
        setGranted((g) => ({ ...g, [pattern]: true }));
        saveSites([...settings.callSites, pattern]);
        setText('');
      },
      (e: unknown) => setError(i18n.t('options.calls.failed', [reason(e)])),
    );
  }

  function allow(pattern: string) {
    browser.permissions.request({ origins: [pattern] }).then(
      (ok) => setGranted((g) => ({ ...g, [pattern]: ok })),
      (e: unknown) => setError(i18n.t('options.calls.failed', [reason(e)])),
    );
  }

  async function remove(pattern: string) {
    setError(null);
    // A service that stays on may need the same host (a custom meet.google.com and Google Meet).
    const kept = [...originsOf(settings.callServices), ...settings.callSites.filter((p) => p !== pattern)];
    const release = originsToRelease([pattern], kept);
    try {
      if (release.length > 0) await browser.permissions.remove({ origins: release });
    } catch (e) {
      setError(i18n.t('options.calls.failed', [reason(e)]));
      return;
    }
    saveSites(settings.callSites.filter((p) => p !== pattern));
  }

  return (
    <section class="card" id="calls" aria-labelledby="calls-title">
      <h2 id="calls-title">{i18n.t('options.calls.title')}</h2>
      <p>{i18n.t('options.calls.intro')}</p>
      <CallServiceToggles settings={settings} save={save} idPrefix="options" />
      <h3 id="call-sites-title">{i18n.t('options.calls.other_title')}</h3>
      <p class="muted hint">{i18n.t('options.calls.other_intro')}</p>
      {settings.callSites.length === 0 ? (
        <p class="muted">{i18n.t('options.calls.empty')}</p>
      ) : (
        <ul class="items" aria-labelledby="call-sites-title">
          {settings.callSites.map((pattern) => {
            const host = hostOfPattern(pattern);
            return (
              <li key={pattern} class="item">
                <div class="item-text">
                  <strong>{host}</strong>
                  {granted[pattern] ? (
                    <span class="field-ok">{i18n.t('options.calls.allowed')}</span>
                  ) : (
                    <span class="muted">
                      {i18n.t('options.calls.not_allowed')} —{' '}
                      <button type="button" class="link" onClick={() => allow(pattern)}>
                        {i18n.t('options.calls.allow')} <span class="visually-hidden">{host}</span>
                      </button>
                    </span>
                  )}
                </div>
                <div class="actions">
                  <button type="button" onClick={() => void remove(pattern)}>
                    {i18n.t('common.remove')} <span class="visually-hidden">{host}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <form class="row" onSubmit={add} noValidate>
        <div class="field">
          <label for="call-site">{i18n.t('options.calls.field')}</label>
          <input
            id="call-site"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={['call-site-hint', error ? 'call-site-error' : ''].join(' ').trim()}
            onFocus={() => void loadSuffixCheck()}
            onInput={(event) => {
              void loadSuffixCheck();
              setText(event.currentTarget.value);
              setError(null);
            }}
          />
          <p id="call-site-hint" class="muted hint">
            {i18n.t('options.calls.field_hint')}
          </p>
        </div>
        <button type="submit">{i18n.t('options.calls.add')}</button>
      </form>
      {error && (
        <p id="call-site-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <SaveStatusLine id="calls-status" status={status} />
    </section>
  );
}
