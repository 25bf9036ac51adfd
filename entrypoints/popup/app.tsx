import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CrisisFooter } from '../../components/crisis-footer';
import { lazy } from '../../components/lazy';
import { ReachOutPrompt } from '../../components/reach-out-prompt';
import { ReflectionCard } from '../../components/reflection-card';
import { RestControls } from '../../components/rest-controls';
import { StatusLine } from '../../components/status-line';
import { type Contact, markContacted, suggestContact } from '../../lib/contacts';
import { reflectionById, reflectionIds } from '../../lib/reflections';
import { current, hide, isFavourite, next, type Rotation, toggleFavourite } from '../../lib/rotation';
import { send } from '../../platform/messages';
import { readPopupStored, savePopupStored } from '../../platform/popup-store';
import { refreshStatus, usePopupData } from './use-popup-data';

// Shown on few openings: loaded when first needed.
const ConnectAsk = lazy(() => import('../../components/connect-ask').then((m) => m.ConnectAsk));
const QuickAdd = lazy(() => import('../../components/quick-add').then((m) => m.QuickAdd));
const Settle = lazy(() => import('../../components/settle').then((m) => m.Settle));

/** The popup: status, one reflection, one easy way to reach someone, and gentle controls. */
export function App() {
  const [data, setData] = usePopupData();
  const [thanks, setThanks] = useState<string | null>(null);
  const [settling, setSettling] = useState(false);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const now = useMemo(() => Date.now(), []);
  const seed = useMemo(() => Math.floor(Math.random() * 1000), []);

  useEffect(() => heading.current?.focus(), []);

  async function updateRotation(change: (rot: Rotation) => Rotation) {
    // From what is stored now: favourites may have changed in Options while this card was open.
    const rotation = change((await readPopupStored([])).rotation);
    setData((d) => (d ? { ...d, rotation } : d));
    await savePopupStored({ rotation });
  }

  async function reachedOut(contact: Contact | null) {
    if (contact) {
      const contacts = (await readPopupStored([])).contacts.map((c) =>
        c.id === contact.id ? markContacted(c, Date.now()) : c,
      );
      await savePopupStored({ contacts });
      setData((d) => (d ? { ...d, contacts } : d));
    }
    await savePopupStored({ pendingAsk: null });
    await send({ type: 'connected' });
    setData((d) => (d ? { ...d, pendingAsk: null } : d));
    setThanks(i18n.t('popup.thanks'));
    await refreshStatus(setData);
  }

  async function addContact(contact: Contact) {
    const contacts = [...(await readPopupStored([])).contacts, contact];
    await savePopupStored({ contacts });
    setData((d) => (d ? { ...d, contacts } : d));
  }

  const ids = reflectionIds();
  const reflectionId = data ? current(data.rotation, ids) : null;
  const reflection = reflectionId ? reflectionById(reflectionId) : undefined;
  const suggested = useMemo(() => (data ? suggestContact(data.contacts, now) : null), [data?.contacts, now]);
  const promptContact = data?.contacts.find((c) => c.id === chosenId) ?? suggested;
  const askContact = data?.pendingAsk
    ? (data.contacts.find((c) => c.id === data.pendingAsk?.contactId) ?? null)
    : null;

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
        {data?.pendingAsk && (
          <ConnectAsk
            name={data.pendingAsk.name}
            onYes={() => void reachedOut(askContact)}
            onNotYet={() => {
              void savePopupStored({ pendingAsk: null });
              setData({ ...data, pendingAsk: null });
            }}
          />
        )}
        {thanks && (
          <p class="thanks" role="status">
            {thanks}
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
        {data &&
          (promptContact ? (
            <ReachOutPrompt
              contact={promptContact}
              contacts={data.contacts}
              onSwitch={setChosenId}
              templates={data.templates}
              seed={seed}
              onUsed={(contact) =>
                void savePopupStored({
                  pendingAsk: { contactId: contact.id, name: contact.name, at: Date.now() },
                })
              }
            />
          ) : (
            <QuickAdd now={now} seed={seed} onAdd={addContact} />
          ))}
        <div class="row">
          <button type="button" class="primary" onClick={() => void reachedOut(promptContact ?? null)}>
            {i18n.t('popup.reached_out')}
          </button>
          <button type="button" class="link" onClick={() => setSettling(true)}>
            {i18n.t('popup.take_a_minute')}
          </button>
        </div>
        <RestControls
          paused={data?.status?.paused ?? false}
          onSnooze={(minutes) => void send({ type: 'snooze', minutes }).then(() => refreshStatus(setData))}
          onPause={(span) => void send({ type: 'pause', span }).then(() => refreshStatus(setData))}
          onResume={() => void send({ type: 'resume' }).then(() => refreshStatus(setData))}
        />
      </main>
      <CrisisFooter />
    </>
  );
}
