/**
 * The privacy policy's structure: which message (locales/<lang>.yml, group `privacy`) is a heading,
 * a paragraph or a list item, in order. The in-extension page (entrypoints/privacy) and PRIVACY.md
 * (the public address the stores link to) are both made from it, so they always say the same.
 */

export type PolicyBlock =
  | { kind: 'heading'; key: string }
  | { kind: 'paragraph'; key: string }
  | { kind: 'item'; key: string };

export const POLICY_TITLE = 'privacy.title';

const heading = (key: string): PolicyBlock => ({ kind: 'heading', key });
const paragraph = (key: string): PolicyBlock => ({ kind: 'paragraph', key });
const item = (key: string): PolicyBlock => ({ kind: 'item', key });

export const POLICY: readonly PolicyBlock[] = [
  heading('privacy.short_title'),
  paragraph('privacy.short'),
  heading('privacy.stored_title'),
  paragraph('privacy.stored_intro'),
  item('privacy.stored_settings'),
  item('privacy.stored_people'),
  item('privacy.stored_messages'),
  item('privacy.stored_history'),
  item('privacy.stored_reflections'),
  item('privacy.stored_session'),
  item('privacy.stored_decisions'),
  paragraph('privacy.stored_memory'),
  heading('privacy.read_title'),
  item('privacy.read_idle'),
  item('privacy.read_window'),
  item('privacy.read_calls'),
  item('privacy.read_language'),
  heading('privacy.leaves_title'),
  paragraph('privacy.leaves_click'),
  paragraph('privacy.leaves_local'),
  heading('privacy.not_title'),
  paragraph('privacy.not_text'),
  heading('privacy.choices_title'),
  paragraph('privacy.choices_text'),
  heading('privacy.changes_title'),
  paragraph('privacy.changes_text'),
];

/** A section of the policy: its heading, then paragraphs and lists in order. */
export interface PolicySection {
  heading: string;
  parts: ({ kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] })[];
}

/** The policy in one language (`t` gives a message's text), grouped into sections. */
export function policySections(t: (key: string) => string): PolicySection[] {
  const sections: PolicySection[] = [];
  for (const block of POLICY) {
    if (block.kind === 'heading') {
      sections.push({ heading: t(block.key), parts: [] });
      continue;
    }
    const parts = sections.at(-1)?.parts;
    if (!parts) continue;
    const last = parts.at(-1);
    if (block.kind === 'paragraph') parts.push({ kind: 'paragraph', text: t(block.key) });
    else if (last?.kind === 'list') last.items.push(t(block.key));
    else parts.push({ kind: 'list', items: [t(block.key)] });
  }
  return sections;
}

/** The policy in one language as Markdown, for PRIVACY.md. */
export function policyMarkdown(t: (key: string) => string): string {
  const lines = [`# ${t(POLICY_TITLE)}`, ''];
  for (const section of policySections(t)) {
    lines.push(`## ${section.heading}`, '');
    for (const part of section.parts) {
      if (part.kind === 'paragraph') lines.push(part.text, '');
      else lines.push(...part.items.map((text) => `- ${text}`), '');
    }
  }
  return lines.join('\n');
}
