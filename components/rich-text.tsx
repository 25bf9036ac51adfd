import type { ComponentChild } from 'preact';
import { type MessageKey, translate } from '../platform/shared/i18n';

/** Marks where a part goes; a private-use character that no translation contains. */
const MARK = '\uE000';
const SPLIT = new RegExp(`${MARK}(\\d)${MARK}`);

/**
 * A translated sentence with page elements (links, `<kbd>`) at its `$1`…`$9`, so each language
 * words the whole sentence and places the links where its grammar puts them.
 */
export function RichText({ message, parts }: { message: MessageKey; parts: readonly ComponentChild[] }) {
  const text = translate(
    message,
    parts.map((_, i) => `${MARK}${i}${MARK}`),
  );
  const pieces = text.split(SPLIT);
  return <>{pieces.map((piece, i) => (i % 2 === 0 ? piece : parts[Number(piece)]))}</>;
}
