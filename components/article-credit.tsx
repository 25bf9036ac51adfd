import { SOURCE } from '../lib/reflections/reflections';
import { RichText } from './rich-text';

type MessageKey = Parameters<typeof RichText>[0]['message'];

/** Credits the article the reflections quote: `message` has $1 (the linked title) and $2 (the author). */
export function ArticleCredit({ message }: { message: MessageKey }) {
  return (
    <RichText
      message={message}
      parts={[
        <a key="source" href={SOURCE.url} target="_blank" rel="noreferrer">
          <cite>{SOURCE.title}</cite>
        </a>,
        SOURCE.author,
      ]}
    />
  );
}
