import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CallServiceToggles } from '../../components/call-service-toggles';
import { CrisisFooter } from '../../components/crisis-footer';
import { PrivacyLink } from '../../components/privacy-link';
import { SaveStatusLine } from '../../components/save-status';
import { type ContactErrors, canAddContact } from '../../lib/people/contacts';
import { useSettings } from '../../platform/pages/use-settings';
import { say } from '../../platform/shared/i18n';
import { readContacts, writeContacts } from '../../platform/storage/storage';
import { FindButton } from './find-button';
import { NextSteps } from './next-steps';
import { checkPerson, EMPTY_PERSON, isStarted, type PersonDraft, PersonFields } from './person-fields';
import { RhythmChoice } from './rhythm-choice';

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The welcome page, opened once on install: a rhythm (with the quiet hours), one optional person,
 * the call services a person may turn on (optional, behind one disclosure), where Attune's button
 * is, and one Finish. A person typed is never lost: Finish saves them, or — when something is
 * missing or wrong — says so and asks before going on without them. The last step says when the
 * first nudge can come (not before the end of quiet hours, when installed inside them) and
 * previews it.
 */
export function App() {
  const { settings, status, save } = useSettings();
  const [person, setPerson] = useState<PersonDraft>(EMPTY_PERSON);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [finished, setFinished] = useState<{ person: string | null } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const ask = useRef<HTMLFieldSetElement>(null);
  const id = useRef(newId());

  useEffect(() => {
    if (finished) heading.current?.focus();
  }, [finished]);

  useEffect(() => {
    if (asking) ask.current?.querySelector('button')?.focus();
  }, [asking]);

  function edit(next: PersonDraft) {
    setPerson(next);
    setAsking(false);
    if (Object.keys(errors).length > 0) {
      const result = checkPerson(next, id.current, Date.now());
      setErrors(result.ok ? {} : result.errors);
    }
  }

  async function finish() {
    setFailure(null);
    if (!isStarted(person)) {
      setFinished({ person: null });
      return;
    }
    const result = checkPerson(person, id.current, Date.now());
    if (!result.ok) {
      setErrors(result.errors);
      setAsking(true);
      return;
    }
    setSaving(true);
    try {
      const list = await readContacts();
      const room = canAddContact(list);
      if (!room.ok) throw new Error(say(room.error));
      await writeContacts([...list, result.value]);
      setFinished({ person: result.value.name });
    } catch (error) {
      setFailure(i18n.t('common.could_not_save', [error instanceof Error ? error.message : String(error)]));
    } finally {
      setSaving(false);
    }
  }

  if (finished) {
    return (
      <>
        <main>
          <h1 ref={heading} tabIndex={-1}>
            {i18n.t('welcome.done_title')}
          </h1>
          <p>{i18n.t('welcome.done_intro')}</p>
          <NextSteps settings={settings} person={finished.person} />
        </main>
        <CrisisFooter full />
      </>
    );
  }

  const typedName = person.name.trim();
  return (
    <>
      <main>
        <h1>{i18n.t('welcome.title')}</h1>
        <p class="lead">{i18n.t('welcome.what')}</p>
        <SaveStatusLine status={status} />
        {settings ? (
          <RhythmChoice settings={settings} save={save} />
        ) : (
          <p class="muted">{i18n.t('common.loading')}</p>
        )}
        <section class="card" aria-labelledby="person-title">
          <h2 id="person-title">{i18n.t('welcome.person.title')}</h2>
          <p class="muted">{i18n.t('welcome.person.intro')}</p>
          <PersonFields draft={person} errors={errors} onChange={edit} />
        </section>
        {settings && (
          <section class="card" aria-labelledby="calls-title">
            <h2 id="calls-title">{i18n.t('welcome.calls.title')}</h2>
            <p class="muted">{i18n.t('welcome.calls.intro')}</p>
            {/* Twelve checkboxes are a lot for a first screen: one line until the person asks. */}
            <details class="more">
              <summary>{i18n.t('welcome.calls.disclosure')}</summary>
              <CallServiceToggles settings={settings} save={save} idPrefix="welcome" />
            </details>
          </section>
        )}
        <FindButton />
        <p class="muted">
          {i18n.t('welcome.privacy')} <PrivacyLink />
        </p>
        {asking && (
          <fieldset ref={ask} class="ask" aria-describedby="ask-why">
            <legend>
              {typedName ? i18n.t('welcome.ask.question_named', [typedName]) : i18n.t('welcome.ask.question')}
            </legend>
            <p id="ask-why" class="muted">
              {i18n.t('welcome.ask.why')}
            </p>
            <div class="actions">
              <button
                type="button"
                onClick={() => {
                  setAsking(false);
                  const first = Object.keys(errors)[0];
                  document.getElementById(`person-${first}`)?.focus();
                }}
              >
                {i18n.t('welcome.ask.fix')}
              </button>
              <button type="button" onClick={() => setFinished({ person: null })}>
                {i18n.t('welcome.ask.without')}
              </button>
            </div>
          </fieldset>
        )}
        {failure && (
          <p class="field-error" role="alert">
            {failure}
          </p>
        )}
        <div class="actions">
          <button type="button" class="primary" disabled={saving} onClick={() => void finish()}>
            {isStarted(person) ? i18n.t('welcome.finish_with_person') : i18n.t('welcome.finish')}
          </button>
        </div>
      </main>
      <CrisisFooter full />
    </>
  );
}
