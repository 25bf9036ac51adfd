import { CrisisFooter } from '../../components/crisis-footer';

/** The welcome page, opened once on install. */
export function App() {
  return (
    <>
      <main>
        <h1>Welcome to Attune</h1>
        <section class="card" aria-labelledby="what-title">
          <h2 id="what-title">What Attune does</h2>
          <p>
            Attune notices when you have been alone at the screen for a long stretch. At a good moment it
            offers one short reflection on why connection matters. And it makes reaching someone you trust one
            click away.
          </p>
        </section>
        <section class="card" aria-labelledby="rhythm-title">
          <h2 id="rhythm-title">Choose a rhythm</h2>
        </section>
        <section class="card" aria-labelledby="person-title">
          <h2 id="person-title">Add one person</h2>
        </section>
        <section class="card" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Your privacy</h2>
          <p>
            Everything stays in your browser. Attune makes no network requests, has no analytics, and never
            contacts anyone by itself.
          </p>
        </section>
      </main>
      <CrisisFooter />
    </>
  );
}
