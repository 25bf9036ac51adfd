import { CrisisFooter } from '../../components/crisis-footer';

/** The popup: status, one reflection, one easy way to reach someone. */
export function App() {
  return (
    <>
      <main>
        <h1 tabIndex={-1}>Attune</h1>
        <p class="status" role="status">
          Keeping you company.
        </p>
        <section aria-label="Reflection" class="card" />
        <section aria-label="Reach out" />
      </main>
      <CrisisFooter />
    </>
  );
}
