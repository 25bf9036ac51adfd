/**
 * What only a card Attune opened by itself has: the answers to the nudge and what they changed, the
 * veil over names and the message, and the keystroke guard.
 * Loaded on those openings only, before anything on the card can act (app.tsx).
 */
export { FeedbackNote, NudgeFeedback, Veiled } from '../../components/nudge-feedback';
export { guardKeys } from './open-guard';
