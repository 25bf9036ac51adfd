/**
 * What the popup shows when there is someone to reach: the prompt and whom it suggests. Loaded
 * before the first render only on the openings that show a person (app.tsx), or on the click that
 * reveals one.
 */
export { ReachOutPrompt } from '../../components/reach-out-prompt';
export { markContacted, suggestContact } from '../../lib/people/contacts';
