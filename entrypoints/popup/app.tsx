import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ConnectAsk } from '../../components/connect-ask';
import { CrisisLine } from '../../components/crisis-line';
import { LaterMenu } from '../../components/later-menu';
import { lazy, part } from '../../components/lazy';
import { FeedbackNote, NudgeFeedback, Veiled } from '../../components/nudge-feedback';
import { ReachOutPrompt } from '../../components/reach-out-prompt';
import { ReflectionCard } from '../../components/reflection-card';
import { StatusLine } from '../../components/status-line';
import { TypedBack } from '../../components/typed-back';
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
import { clockTime } from '../../platform/i18n';
import { send } from '../../platform/messages';
import { readPopupStored, savePopupStored } from '../../platform/popup-store';
import { guardKeys } from './open-guard';
import { refreshStatus, usePopupData } from './use-popup-data';

// Shown after a click, on few openings: loaded then.
const Settle = lazy(() => import('../../components/settle').then((m) => m.Settle));
// Shown only before the first person is saved: loaded before that opening's first render, so it
// still renders once. Every other part of an opening is in this bundle: a fetch between the storage
// read and the first render would delay the card on every opening.
const quickAdd = part(() => import('../../components/quick-add'));

/** Attune opened this card by itself (a nudge): `popup.html?nudge=1`. */
function openedByAttune(): boolean {
  return new URLSearchParams(location.search).has('nudge');
}

const errorText = (error: unknown) =>
  i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]);

/** The popup: status, one reflection, one easy way to reach someone, and gentle controls. */
export function App() {
  const byAttune = useMemo(openedByAttune, []);
  const [data, setData] = usePopupData((stored) =>
    stored.contacts.length === 0 ? quickAdd.load() : Promise.resolve(),
  );
  const [thanks, setThanks] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<string | null>(null);
  const [settling, setSettling] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [revealed, setRevealed] = useState(!byAttune);
  const [writeError, setWriteError] = useState<string | null>(null);
  const [laterOpen, setLaterOpen] = useState(false);
  // What they typed into the card before their first click, meant for another page.
  const [typed, setTyped] = useState('');
  const counted = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const primary = useRef<HTMLElement>(null);
  const now = useMemo(() => Date.now(), []);
  const seed = useMemo(() => Math.floor(Math.random() * 1000), []);
  const loaded = data !== null;

  // Attune's own opening: keys in flight must not act on the card, from its first render on.
  useLayoutEffect(() => (byAttune ? guardKeys(now, setTyped) : undefined), []);

  // Opened by the person: straight to the one action. Opened by Attune: somewhere nothing acts.
  useLayoutEffect(() => {
    if (!loaded) return;
    if (byAttune) heading.current?.focus();
    else (primary.current ?? heading.current)?.focus();
  }, [loaded]);

  async function updateRotation(change: (rot: Rotation) => Rotation) {
    try {
      // From what is stored now: favourites may have changed in Options while this card was open.
      const rotation = change((await readPopupStored([])).rotation);
      setData((d) => (d ? { ...d, rotation } : d));
      await savePopupStored({ rotation });
    } catch (error) {
      setWriteError(errorText(error));
    }
  }

  /** One connection moment, counted once however many of "yes" and "I reached out" are pressed. */
  async function reachedOut(contact: Contact | null) {
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

  async function request(message: Parameters<typeof send>[0], after?: () => void) {
    try {
      await send(message);
      after?.();
      await refreshStatus(setData);
    } catch (error) {
      setWriteError(errorText(error));
    }
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
  const asking = Boolean(data?.pendingAsk) && !thanks;
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
          onUsed={(contact) =>
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
        <StatusLine status={data?.status ?? null} />
        {typed.trim() !== '' && <TypedBack text={typed} compact={showNames} />}
        {saveProblem && (
          <p class="field-error" role="alert">
            {saveProblem}
          </p>
        )}
        {data && byAttune && !thanks && !feedback && (
          <NudgeFeedback
            onNotNow={() => void request({ type: 'not-now' }, () => window.close())}
            onNotAlone={() =>
              void request({ type: 'not-alone' }, () => setFeedback(i18n.t('popup.feedback.fresh')))
            }
            onLessOften={() =>
              void request({ type: 'less-often' }).then(() =>
                setFeedback(i18n.t('popup.feedback.waits_longer')),
              )
            }
          />
        )}
        {feedback && <FeedbackNote text={feedback} status={data?.status ?? null} />}
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
            {!laterOpen && !thanks && !asking && (promptContact || !showNames) && (
              <button type="button" class="small" onClick={() => void reachedOut(promptContact ?? null)}>
                {i18n.t('popup.reached_out')}
              </button>
            )}
            {!laterOpen && !settling && (
              <button type="button" class="link small" onClick={() => setSettling(true)}>
                {i18n.t('popup.take_a_minute')}
              </button>
            )}
            <LaterMenu
              paused={data.status?.paused ?? false}
              open={laterOpen}
              onToggle={() => setLaterOpen((o) => !o)}
              onSnooze={(minutes) => void request({ type: 'snooze', minutes }, () => setLaterOpen(false))}
              onPause={(span) => void request({ type: 'pause', span }, () => setLaterOpen(false))}
              onResume={() => void request({ type: 'resume' })}
            />
          </div>
        )}
      </main>
      <CrisisLine />
    </>
  );
}
