import { i18n } from '#i18n';
import { CrisisFooter } from '../../components/crisis-footer';
import { SaveStatusLine } from '../../components/save-status';
import { useSettings } from '../../components/use-settings';
import { AboutSection } from './about-section';
import { CallsSection } from './calls-section';
import { DataSection } from './data-section';
import { MessagesSection } from './messages-section';
import { NamesOnNudge } from './names-on-nudge';
import { PeopleSection } from './people-section';
import { QuietSection } from './quiet-section';
import { ReflectionsSection } from './reflections-section';
import { RhythmSection } from './rhythm-section';
import { StyleSection } from './style-section';

/** The options page: every setting, in calm sections. Settings save as you go; lists have Save buttons. */
export function App() {
  const { settings, status, save } = useSettings();
  return (
    <>
      <main>
        <h1>{i18n.t('options.title')}</h1>
        <SaveStatusLine status={status} />
        {settings ? (
          <>
            <RhythmSection settings={settings} save={save} />
            <QuietSection settings={settings} save={save} />
            <StyleSection settings={settings} save={save} />
            <NamesOnNudge settings={settings} save={save} />
          </>
        ) : (
          <p class="muted">{i18n.t('options.loading')}</p>
        )}
        <PeopleSection />
        <MessagesSection />
        {settings && <CallsSection settings={settings} save={save} />}
        <ReflectionsSection />
        {settings && <DataSection settings={settings} />}
        <AboutSection />
      </main>
      <CrisisFooter />
    </>
  );
}
