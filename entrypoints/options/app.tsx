import { i18n } from '#i18n';
import { CrisisFooter } from '../../components/crisis-footer';
import { SaveErrorBanner } from '../../components/save-error-banner';
import { useSettings } from '../../platform/pages/use-settings';
import { AboutSection } from './about-section';
import { CallsSection } from './calls-section';
import { DataSection } from './data-section';
import { DecisionsSection } from './decisions-section';
import { ImportRecovery } from './import-recovery';
import { MessagesSection } from './messages-section';
import { NamesOnNudge } from './names-on-nudge';
import { PeopleSection } from './people-section';
import { QuietSection } from './quiet-section';
import { ReflectionsSection } from './reflections-section';
import { RhythmSection } from './rhythm-section';
import { SectionIndex } from './section-index';
import { StyleSection } from './style-section';

/**
 * The options page: every setting, in calm sections, with an index that stays in reach. Each
 * setting saves as you go and says so beside itself; lists have Save buttons.
 */
export function App() {
  const { settings, save } = useSettings();
  return (
    <>
      <main class="options">
        <h1>{i18n.t('options.title')}</h1>
        <SectionIndex />
        <div class="sections">
          <SaveErrorBanner />
          <ImportRecovery />
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
          {settings && <DataSection />}
          <DecisionsSection />
          <AboutSection />
        </div>
      </main>
      <CrisisFooter full />
    </>
  );
}
