import { CrisisFooter } from '../../components/crisis-footer';
import { POLICY_TITLE, policySections } from '../../lib/data/privacy-policy';
import { translate } from '../../platform/shared/i18n';

/** The privacy policy, the same text as PRIVACY.md, in the browser's language. */
export function App() {
  return (
    <>
      <main>
        <h1>{translate(POLICY_TITLE)}</h1>
        {policySections(translate).map((section, index) => (
          <section key={section.heading} class="card" aria-labelledby={`privacy-${index}`}>
            <h2 id={`privacy-${index}`}>{section.heading}</h2>
            {section.parts.map((part) =>
              part.kind === 'paragraph' ? (
                <p key={part.text}>{part.text}</p>
              ) : (
                <ul key={part.items[0]}>
                  {part.items.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              ),
            )}
          </section>
        ))}
      </main>
      <CrisisFooter />
    </>
  );
}
