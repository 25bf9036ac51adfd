import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ConnectAsk } from '../../components/connect-ask';
import { CrisisLine } from '../../components/crisis-line';
import { DeclineMenu } from '../../components/decline-menu';
import { lazy, part } from '../../components/lazy';
import { AnswerLine, nextCheckInText } from '../../components/next-check-in';
import { ReachOutPrompt } from '../../components/reach-out-prompt';
import { ReflectionCard } from '../../components/reflection-card';
import { StatusLine } from '../../components/status-line';
import { TypedBack } from '../../components/typed-back';
import { Veiled } from '../../components/veiled';
import type { Contact } from '../../lib/people/contact';
import { markContacted, suggestContact } from '../../lib/people/suggest';
import { reflectionById, reflectionIds } from '../../lib/reflections/reflections';
import {
  current,
  hide,
  isFavourite,
  next,
  type Rotation,
  toggleFavourite,
} from '../../lib/reflections/rotation';
import { formatMinutes } from '../../lib/words/duration';
import { readPopupStored, savePopupStored } from '../../platform/pages/popup-store';
import { clockTime, uiLocale } from '../../platform/shared/i18n';
import { type Answer, type Status, send } from '../../platform/shared/messages';
import { guardKeys, type OpenGuard } from './open-guard';
import { loadPopupData, type PopupData, refreshStatus, usePopupData } from './use-popup-data';

// Shown after a click, on few openings: loaded then.
const Settle = lazy(() => import('../../components/settle').then((m) => m.Settle));
// Shown only before the first person is saved: loaded before that opening's first render, so it
// still renders once. Every other part of an opening is in this bundle: a fetch between the storage
// read and the first render would delay the card on every opening.
const quickAdd = part(() => import('../../components/quick-add'));

/** Attune opened this card by itself (a nudge): `popup.html?nudge=1`. */
export function openedByAttune(): boolean {
  return new URLSearchParams(location.search).has('nudge');
}

/**
 * The welcome's or options' "Preview a nudge" (`&preview=1`): the card as a nudge shows it, but
 * its answers change nothing — no settings, stats, log lines, rotation or "did you connect?".
 */
function isPreview(): boolean {
  return new URLSearchParams(location.search).has('preview');
}

/** What the card says back to an answer, before saying when Attune may come back. */
function acknowledgement(answer: Answer): string {
  switch (answer.type) {
    case 'not-now':
      return i18n.t('popup.feedback.noted');
    case 'not-alone':
      return i18n.t('popup.feedback.fresh');
    case 'less-often':
      return i18n.t('popup.feedback.waits_longer');
    case 'snooze':
      return i18n.t('popup.feedback.snoozed', [formatMinutes(answer.minutes, uiLocale())]);
    case 'pause':
      // "Paused for the rest of today" / "No check-ins until 15:40" says it all.
      return '';
  }
}

/**
 * Before the threshold (or while the wait after a nudge runs), when a nudge could come. Quiet
 * hours, a snooze, a pause and the day's cap are already said by the status line.
 */
function upcoming(status: Status | null): string | null {
  if (!status || status.away || status.paused || status.next.kind !== 'after') return null;
  const waiting = status.next.aloneMs !== null || status.deferredBy === 'repeat-wait';
  return waiting ? nextCheckInText(status.next, status.minuteMs) : null;
}

const errorText = (error: unknown) =>
  i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]);

/** What the popup's first render shows, with the code of the part it shows (`loadPopupData`). */
export function loadPopup(): Promise<PopupData> {
  return loadPopupData(
    (stored) => (stored.contacts.length === 0 ? quickAdd.load() : Promise.resolve()),
    !isPreview(),
  );
}

/**
 * The popup: status, one reflection, one easy way to reach someone, and gentle controls. `first` is
 * `loadPopup()`'s result when it was awaited before rendering; without it, the app loads it. `guard`
 * is the key guard of Attune's own opening when it started before the render.
 */
export function App({ first, guard }: { first?: PopupData; guard?: OpenGuard | null }) {
  const byAttune = useMemo(openedByAttune, []);
  const preview = useMemo(isPreview, []);
  const [data, setData] = usePopupData(first, loadPopup);
  const [thanks, setThanks] = useState<string | null>(null);
  /** The acknowledgement of the last answer (null: none given yet). */
  const [answered, setAnswered] = useState<string | null>(null);
  const [settling, setSettling] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(!byAttune);
  const [writeError, setWriteError] = useState<string | null>(null);
  /** The one disclosure open at the bottom of the card, if any: the other ways, or "Not now ▾". */
  const [disclosed, setDisclosed] = useState<'others' | 'decline' | null>(null);
  const declineOpen = disclosed === 'decline';
  // What they typed into the card before their first click, meant for another page.
  const [typed, setTyped] = useState('');
  const counted = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const primary = useRef<HTMLElement>(null);
  const now = useMemo(() => Date.now(), []);
  const seed = useMemo(() => Math.floor(Math.random() * 1000), []);
  const loaded = data !== null;

  // Attune's own opening: keys in flight must not act on the card. The entry starts the guard before
  // the reads (`guard`); rendered without one (the unit tests), the card starts its own.
  useLayoutEffect(() => {
    if (!byAttune) return;
    const keys = guard ?? guardKeys(now);
    keys.onCaught(setTyped);
    return () => keys.stop();
  }, []);

  // Opened by the person: straight to the one action. Opened by Attune: somewhere nothing acts.
  useLayoutEffect(() => {
    if (!loaded) return;
    if (byAttune) heading.current?.focus();
    else (primary.current ?? heading.current)?.focus();
  }, [loaded]);

  async function updateRotation(change: (rot: Rotation) => Rotation) {
    try {
      // From what is stored now: favourites may have changed in Options while this card was open.
      const rotation = change(preview && data ? data.rotation : (await readPopupStored([])).rotation);
      setData((d) => (d ? { ...d, rotation } : d));
      if (!preview) await savePopupStored({ rotation });
    } catch (error) {
      setWriteError(errorText(error));
    }
  }

  /** One connection moment, counted once however many of "yes" and "I reached out" are pressed. */
  async function reachedOut(contact: Contact | null) {
    if (preview) {
      setAnswered(i18n.t('popup.preview.nothing_changed'));
      return;
    }
    if (counted.current) return;
    counted.current = true;
    try {
      if (contact) {
        const contacts = (await readPopupStored([])).contacts.map((c) =>
          c.id === contact.id ? markContacted(c, Date.now()) : c,
        );
        await savePopupStored({ contacts });
        setData((d) => (d ? { ...d, contacts } : d));
      }
      await savePopupStored({ pendingAsk: null });
      await send({ type: 'connected' });
    } catch (error) {
      counted.current = false;
      setWriteError(errorText(error));
      return;
    }
    setWriteError(null);
    setData((d) => (d ? { ...d, pendingAsk: null } : d));
    setThanks(i18n.t('popup.thanks'));
    await refreshStatus(setData).catch(() => undefined);
  }

  async function addContact(contact: Contact) {
    try {
      const contacts = [...(await readPopupStored([])).contacts, contact];
      await savePopupStored({ contacts });
      setData((d) => (d ? { ...d, contacts } : d));
      setWriteError(null);
    } catch (error) {
      setWriteError(errorText(error));
    }
  }

  async function request(message: Parameters<typeof send>[0]) {
    try {
      await send(message);
      await refreshStatus(setData);
    } catch (error) {
      setWriteError(errorText(error));
    }
  }

  /** An answer from "Not now ▾": told to the background, then said back with what comes next. */
  async function answer(given: Answer) {
    setDisclosed(null);
    if (preview) {
      setAnswered(i18n.t('popup.preview.nothing_changed'));
      return;
    }
    try {
      await send(given);
      setWriteError(null);
    } catch (error) {
      setWriteError(errorText(error));
      return;
    }
    await refreshStatus(setData).catch(() => undefined);
    setAnswered(acknowledgement(given));
  }

  const ids = reflectionIds();
  const reflectionId = data ? current(data.rotation, ids) : null;
  const reflection = reflectionId ? reflectionById(reflectionId) : undefined;
  const suggested = useMemo(() => (data ? suggestContact(data.contacts, now) : null), [data?.contacts, now]);
  const promptContact = data?.contacts.find((c) => c.id === chosenId) ?? suggested;
  const askContact = data?.pendingAsk
    ? (data.contacts.find((c) => c.id === data.pendingAsk?.contactId) ?? null)
    : null;
  const showNames = revealed || (data?.namesOnNudge ?? false);
  // A question left from last time is for the person's own opening, never in place of a nudge's prompt.
  const asking = Boolean(data?.pendingAsk) && !thanks && !byAttune;
  const status = data?.status ?? null;
  const nextLine = status ? nextCheckInText(status.next, status.minuteMs) : null;
  const saveProblem =
    writeError ??
    (data?.saveError
      ? i18n.t('popup.save_error', [clockTime(data.saveError.at), data.saveError.message])
      : null);

  function reachBlock() {
    if (!data) return null;
    if (thanks) {
      return (
        <section class="reach-out done" aria-labelledby="thanks-title">
          <h2 id="thanks-title" class="thanks" role="status">
            {thanks}
          </h2>
          {nextLine && <p class="muted small">{nextLine}</p>}
          <div class="row">
            <button
              type="button"
              class="primary"
              ref={primary as RefObject<HTMLButtonElement>}
              onClick={() => window.close()}
            >
              {i18n.t('popup.done')}
            </button>
          </div>
        </section>
      );
    }
    if (!showNames) return <Veiled onShow={() => setRevealed(true)} />;
    if (asking && data.pendingAsk) {
      return (
        <ConnectAsk
          name={data.pendingAsk.name}
          yesRef={primary}
          onYes={() => void reachedOut(askContact)}
          onNotYet={() => {
            setData({ ...data, pendingAsk: null });
            savePopupStored({ pendingAsk: null }).catch((error) => setWriteError(errorText(error)));
          }}
        />
      );
    }
    if (promptContact) {
      return (
        <ReachOutPrompt
          contact={promptContact}
          contacts={data.contacts}
          onSwitch={setChosenId}
          templates={data.templates}
          seed={seed}
          os={data.os}
          primaryRef={primary}
          othersOpen={disclosed === 'others'}
          hintless={declineOpen}
          onToggleOthers={() => setDisclosed((d) => (d === 'others' ? null : 'others'))}
          onUsed={(contact) =>
            !preview &&
            void savePopupStored({
              pendingAsk: { contactId: contact.id, name: contact.name, at: Date.now() },
            }).catch((error) => setWriteError(errorText(error)))
          }
        />
      );
    }
    const QuickAdd = quickAdd.get()?.QuickAdd;
    return QuickAdd && data.contacts.length === 0 ? (
      <QuickAdd now={now} seed={seed} onAdd={addContact} />
    ) : null;
  }

  return (
    <>
      <main>
        <div class="row spread">
          <h1 ref={heading} tabIndex={-1}>
            {i18n.t('extName')}
          </h1>
          <nav class="row" aria-label={i18n.t('extName')}>
            <a class="link" href={browser.runtime.getURL('/insights.html')} target="_blank" rel="noreferrer">
              {i18n.t('popup.insights')}
            </a>
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              {i18n.t('popup.settings')}
            </button>
          </nav>
        </div>
        <StatusLine status={status} />
        {!answered && !thanks && upcoming(status) && <p class="next muted small">{upcoming(status)}</p>}
        {typed.trim() !== '' && <TypedBack text={typed} compact={showNames} />}
        {saveProblem && (
          <p class="field-error" role="alert">
            {saveProblem}
          </p>
        )}
        {settling ? (
          <Settle onDone={() => setSettling(false)} />
        ) : (
          reflection &&
          data && (
            <ReflectionCard
              reflection={reflection}
              favourite={isFavourite(data.rotation, reflection.id)}
              onAnother={() => void updateRotation((rot) => next(rot, ids, Math.random))}
              onFavourite={() => void updateRotation((rot) => toggleFavourite(rot, reflection.id))}
              onHide={() => void updateRotation((rot) => hide(rot, reflection.id, ids, Math.random))}
            />
          )
        )}
        {reachBlock()}
        {data && (
          <div class="row actions">
            {!declineOpen && !thanks && !asking && (promptContact || !showNames) && (
              <button type="button" class="small" onClick={() => void reachedOut(promptContact ?? null)}>
                {i18n.t('popup.reached_out')}
              </button>
            )}
            {!declineOpen && !settling && (
              <button type="button" class="link small" onClick={() => setSettling(true)}>
                {i18n.t('popup.take_a_minute')}
              </button>
            )}
            <DeclineMenu
              paused={status?.paused ?? false}
              open={declineOpen}
              onToggle={() => setDisclosed((d) => (d === 'decline' ? null : 'decline'))}
              onAnswer={(given) => void answer(given)}
              onResume={() => void request({ type: 'resume' })}
            />
          </div>
        )}
        {answered !== null && <AnswerLine said={answered} next={preview ? null : nextLine} />}
      </main>
      <CrisisLine />
    </>
  );
}
