import { CrisisFooter } from '../../components/crisis-footer';
import { SaveStatusLine } from '../../components/save-status';
import { useSettings } from '../../components/use-settings';
import { RhythmSection } from './rhythm-section';

/** The options page: every setting, in calm sections. */
export function App() {
  const { settings, status, save } = useSettings();
  return (
    <>
      <main>
        <h1>Attune settings</h1>
        <SaveStatusLine status={status} />
        {settings ? (
          <RhythmSection settings={settings} save={save} />
        ) : (
          <p class="muted">Loading your settings…</p>
        )}
        <section class="card" aria-labelledby="quiet-title">
          <h2 id="quiet-title">Quiet hours</h2>
          <p class="muted">No nudges during these hours.</p>
        </section>
        <section class="card" aria-labelledby="style-title">
          <h2 id="style-title">How to nudge</h2>
        </section>
        <section class="card" aria-labelledby="people-title">
          <h2 id="people-title">People</h2>
        </section>
        <section class="card" aria-labelledby="messages-title">
          <h2 id="messages-title">Messages</h2>
        </section>
        <section class="card" aria-labelledby="calls-title">
          <h2 id="calls-title">Call sites</h2>
        </section>
        <section class="card" aria-labelledby="reflections-title">
          <h2 id="reflections-title">Reflections</h2>
        </section>
        <section class="card" aria-labelledby="data-title">
          <h2 id="data-title">Privacy &amp; data</h2>
          <p>
            Everything Attune knows stays in your browser. It makes no network requests and never contacts
            anyone by itself.
          </p>
        </section>
        <section class="card" aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <p>
            Attune notices long stretches alone at the screen and offers a short reflection and an easy way to
            reach someone you trust. It is a gentle nudge, not a blocker, and not a crisis service.
          </p>
        </section>
      </main>
      <CrisisFooter />
    </>
  );
}
