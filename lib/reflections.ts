/**
 * The reflection catalogue: short passages from the article
 * "The Healing Power of Connection" by Jennifer Goggin, LPC, LMHC, SEP.
 *
 * Rules for this file:
 * - `text` is always the article's own words (whole sentences or tight
 *   excerpts). The only edits allowed are obvious typo fixes, sentence-casing a
 *   heading, and capitalising the first letter of an excerpt. The unit test
 *   checks every text against the article with an explicit list of corrections.
 * - Quotes and apostrophes are typographic (’ “ ”), as in the article.
 * - `invitation` is our own line: short, warm, low-pressure, never shaming.
 * - `id`s are stable kebab-case and are never reused, even if an entry is
 *   removed (favourites and rotation state are stored by id).
 */

/** What a reflection is about. */
export type Theme =
  | 'biological-need'
  | 'co-regulation'
  | 'loneliness-loop'
  | 'therapeutic-relationship'
  | 'relearning-safety'
  | 'not-alone'
  | 'hidden-struggle'
  | 'self-compassion';

/** Every theme, in display order. */
export const THEMES: readonly Theme[] = [
  'biological-need',
  'co-regulation',
  'loneliness-loop',
  'therapeutic-relationship',
  'relearning-safety',
  'not-alone',
  'hidden-struggle',
  'self-compassion',
];

/** One reflection card. */
export interface Reflection {
  /** Stable kebab-case id; never reused. */
  readonly id: string;
  readonly theme: Theme;
  /** The article's words. */
  readonly text: string;
  /** An optional one-line gentle invitation, in our own words. */
  readonly invitation?: string;
}

/** Where the reflections come from; every card credits it. */
export const SOURCE = {
  title: 'The Healing Power of Connection',
  author: 'Jennifer Goggin, LPC, LMHC, SEP',
  credit: 'From The Healing Power of Connection by Jennifer Goggin, LPC, LMHC, SEP',
  url: 'https://www.jennifergogginLMHC.com',
} as const;

/** The catalogue. Order here is not the display order (see rotation.ts). */
export const REFLECTIONS: readonly Reflection[] = [
  // — Connection as a biological need —
  {
    id: 'wired-for-connection',
    theme: 'biological-need',
    text: 'Humans are wired for connection. This isn’t a metaphor; it’s neuroscience.',
    invitation: 'Who would you like to hear from today?',
  },
  {
    id: 'not-a-luxury',
    theme: 'biological-need',
    text: 'Connection is not a luxury — it’s a biological need.',
    invitation: 'A short hello counts.',
  },
  {
    id: 'shaped-through-relationships',
    theme: 'biological-need',
    text: 'Our nervous systems are shaped through relationships.',
    invitation: 'Who helps you feel steady?',
  },
  {
    id: 'met-by-others',
    theme: 'biological-need',
    text: 'From the earliest moments of life, our sense of safety, regulation, and self-worth develops in response to how we are met by others.',
  },
  {
    id: 'nervous-system-learns-safe',
    theme: 'biological-need',
    text: 'When connection is consistent and supportive, the nervous system learns, “I am safe.”',
    invitation: 'Who feels safe to talk to?',
  },
  {
    id: 'not-wired-to-heal-alone',
    theme: 'biological-need',
    text: 'And that kind of loneliness takes a real toll on the nervous system. We are not wired to heal in isolation.',
    invitation: 'Maybe today is a day to let someone in a little.',
  },

  // — Co-regulation —
  {
    id: 'friendship-co-regulation',
    theme: 'co-regulation',
    text: 'Healthy friendships offer something powerful: co-regulation.',
    invitation: 'Who is easy to be around?',
  },
  {
    id: 'someone-who-listens',
    theme: 'co-regulation',
    text: 'Being with someone who listens, validates, and stays present helps calm the nervous system. It reminds us we don’t have to carry everything alone.',
    invitation: 'Who listens to you well?',
  },
  {
    id: 'brief-moments',
    theme: 'co-regulation',
    text: 'Even brief moments of genuine connection — a shared laugh, an honest conversation, a feeling of being understood — can shift our emotional state.',
    invitation: 'Who could you share a small laugh with?',
  },
  {
    id: 'safe-attuned-consistent',
    theme: 'co-regulation',
    text: 'This is why connection—safe, attuned, and consistent—plays such a central role in mental health.',
  },
  {
    id: 'being-met',
    theme: 'co-regulation',
    text: 'Healing doesn’t happen solely through insight or coping skills. It happens when we experience being met, understood, and emotionally held—often for the first time.',
    invitation: 'Who makes you feel understood?',
  },

  // — The loneliness loop —
  {
    id: 'painful-loop',
    theme: 'loneliness-loop',
    text: 'This creates a painful loop: Disconnection increases symptoms → symptoms increase withdrawal → withdrawal deepens disconnection.',
    invitation: 'One small message can loosen the loop.',
  },
  {
    id: 'breaking-the-loop',
    theme: 'loneliness-loop',
    text: 'Breaking that loop often requires support.',
    invitation: 'Who might you lean on a little?',
  },
  {
    id: 'overwhelmed-friendships',
    theme: 'loneliness-loop',
    text: 'Many adults struggle to maintain meaningful friendships, especially when they’re overwhelmed, burned out, or emotionally exhausted.',
    invitation: 'It’s okay if it’s been a while. A simple hello is enough.',
  },
  {
    id: 'reaching-out-feels-impossible',
    theme: 'loneliness-loop',
    text: 'Trauma, anxiety, and depression can make reaching out feel impossible.',
    invitation: 'If reaching out feels big, start with a single line.',
  },
  {
    id: 'over-it-by-now',
    theme: 'loneliness-loop',
    text: 'Shame convinces people they should be “over it” by now.',
    invitation: 'There’s no deadline on needing people.',
  },

  // — The therapeutic relationship —
  {
    id: 'therapy-is-a-relationship',
    theme: 'therapeutic-relationship',
    text: 'At its core, therapy is a relationship.',
  },
  {
    id: 'no-need-to-perform',
    theme: 'therapeutic-relationship',
    text: 'Therapy offers a space where you don’t have to perform, minimize, or manage your pain alone.',
    invitation: 'Where can you put the performing down for a moment?',
  },
  {
    id: 'fully-seen',
    theme: 'therapeutic-relationship',
    text: 'A strong therapeutic relationship offers something many clients have never consistently experienced: a space where they are fully seen, believed, and emotionally held without judgment or pressure to perform.',
  },
  {
    id: 'gently-reshape',
    theme: 'therapeutic-relationship',
    text: 'Over time, that experience of connection can gently reshape how you relate to yourself and others, creating pathways for deeper healing beyond the therapy room.',
  },
  {
    id: 'first-learn-healthy-connection',
    theme: 'therapeutic-relationship',
    text: 'And sometimes, therapy is the place where people first learn what a healthy connection actually feels like — so they can begin to build it elsewhere in their lives.',
  },

  // — Relearning safety —
  {
    id: 'safe-enough-to-be-real',
    theme: 'relearning-safety',
    text: 'Many people come to therapy believing they need to be “fixed.” What they often need instead is to feel safe enough to be real.',
    invitation: 'Who can you be real with?',
  },
  {
    id: 'downshift-out-of-survival',
    theme: 'relearning-safety',
    text: 'When connection is present — with friends, partners, or a therapist — the nervous system can downshift out of survival mode.',
    invitation: 'A slow breath first, then maybe a hello.',
  },
  {
    id: 'presence-of-another',
    theme: 'relearning-safety',
    text: 'Healing doesn’t happen in isolation. It happens in the presence of another regulated, compassionate human being.',
    invitation: 'Who is a calm presence in your life?',
  },
  {
    id: 'quiet-steady-relational',
    theme: 'relearning-safety',
    text: 'It was there that the role of connection—quiet, steady, and relational—became unmistakably clear.',
  },

  // — You don't have to do this alone —
  {
    id: 'gently-challenge',
    theme: 'not-alone',
    text: 'If you’ve been telling yourself you should be able to handle everything on your own, I want to gently challenge that belief.',
    invitation: 'Who could share a little of the load?',
  },
  {
    id: 'not-weak',
    theme: 'not-alone',
    text: 'Needing connection doesn’t mean you’re weak.',
  },
  {
    id: 'not-failed',
    theme: 'not-alone',
    text: 'Struggling doesn’t mean you’ve failed.',
  },
  {
    id: 'not-a-burden',
    theme: 'not-alone',
    text: 'Reaching out doesn’t make you a burden. It makes you human.',
    invitation: 'Who would be glad to hear from you?',
  },
  {
    id: 'most-powerful-tools',
    theme: 'not-alone',
    text: 'Whether through trusted friendships or a therapeutic relationship, connection is one of the most powerful tools we have for healing.',
  },

  // — The hidden struggle —
  {
    id: 'struggling-with-disconnection',
    theme: 'hidden-struggle',
    text: 'People aren’t only struggling with anxiety, depression, or trauma. They are struggling with disconnection.',
  },
  {
    id: 'surrounded-by-others',
    theme: 'hidden-struggle',
    text: 'They’re struggling with loneliness — even if they’re surrounded by others.',
    invitation: 'Is there someone you could talk to, not just be near?',
  },
  {
    id: 'outwardly-doing-fine',
    theme: 'hidden-struggle',
    text: 'Many of my clients are high-functioning, capable, and outwardly “doing fine,” yet internally feel unseen, unsupported, or emotionally alone.',
    invitation: 'You don’t have to be “doing fine” with everyone.',
  },
  {
    id: 'hold-it-together',
    theme: 'hidden-struggle',
    text: 'People who “hold it together” on the outside while quietly unraveling on the inside.',
    invitation: 'Who gets to see the inside, too?',
  },
  {
    id: 'still-feel-alone',
    theme: 'hidden-struggle',
    text: '“I have people in my life, but I still feel alone.”',
    invitation: 'Which of those people might you reach a little closer to?',
  },
  {
    id: 'dont-want-to-burden',
    theme: 'hidden-struggle',
    text: '“I don’t want to burden anyone.”',
    invitation: 'People who care about you often want to know how you are.',
  },
  {
    id: 'safe-attuned-connection',
    theme: 'hidden-struggle',
    text: 'What’s often missing isn’t insight, intelligence, or effort. It’s safe, attuned connection.',
  },

  // — Self-compassion —
  {
    id: 'adaptive-responses',
    theme: 'self-compassion',
    text: 'Many clients blame themselves for these symptoms. In reality, these are adaptive responses to a lack of safety and support.',
    invitation: 'Could you offer yourself a little kindness right now?',
  },
];

/** Looks a reflection up by id (undefined if it no longer exists). */
export function reflectionById(id: string): Reflection | undefined {
  return REFLECTIONS.find((r) => r.id === id);
}

/** All ids in catalogue order, e.g. for the rotation. */
export function reflectionIds(): string[] {
  return REFLECTIONS.map((r) => r.id);
}
