import { useState } from 'preact/hooks';
import { SaveStatusLine } from '../../components/save-status';
import { canAddTemplate, DEFAULT_TEMPLATES } from '../../lib/templates';
import { readTemplates, templatesItem, writeTemplates } from '../../platform/storage';
import { ConfirmRow } from './confirm-row';
import { TemplateEditor } from './template-editor';
import { useStored } from './use-stored';

const TEXT = {
  title: 'Messages',
  intro: 'Drafts Attune offers when you reach out; you can always edit one before sending.',
  placeholder:
    'Write {name} where their name should go: “Hi {name}, how are you?” becomes “Hi Sam, how are you?”.',
  add: 'Add a message',
  edit: 'Edit',
  remove: 'Remove',
  removeQuestion: 'Remove this message?',
  keep: 'Keep',
  restore: 'Restore defaults',
  restoreQuestion: `Replace your messages with Attune’s ${DEFAULT_TEMPLATES.length} original ones?`,
  restoreConfirm: 'Restore defaults',
  loading: 'Loading your messages…',
} as const;

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; index: number };

/** Messages: add, edit, remove, and restore Attune's own. */
export function MessagesSection() {
  const { value: templates, status, commit } = useStored(readTemplates, writeTemplates, templatesItem);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirm, setConfirm] = useState<{ kind: 'remove'; index: number } | { kind: 'restore' } | null>(
    null,
  );
  const [limit, setLimit] = useState<string | null>(null);

  const body = () => {
    if (templates === null) return <p class="muted">{TEXT.loading}</p>;
    const list = templates;
    return (
      <>
        <SaveStatusLine status={status} />
        <ol class="items">
          {list.map((text, i) => (
            // Templates are unique (duplicates are refused), so the text is a stable key.
            <li key={text} class="item">
              {mode.kind === 'edit' && mode.index === i ? (
                <TemplateEditor
                  id={`template-${i}`}
                  initial={text}
                  others={list.filter((_, j) => j !== i)}
                  onSave={async (next) => {
                    await commit(list.map((t, j) => (j === i ? next : t)));
                    setMode({ kind: 'list' });
                  }}
                  onCancel={() => setMode({ kind: 'list' })}
                />
              ) : (
                <>
                  <p class="item-text">{text}</p>
                  {confirm?.kind === 'remove' && confirm.index === i ? (
                    <ConfirmRow
                      question={TEXT.removeQuestion}
                      confirmLabel={TEXT.remove}
                      cancelLabel={TEXT.keep}
                      onConfirm={() => {
                        setConfirm(null);
                        void commit(list.filter((_, j) => j !== i)).catch(() => undefined);
                      }}
                      onCancel={() => setConfirm(null)}
                    />
                  ) : (
                    <div class="actions">
                      <button type="button" onClick={() => setMode({ kind: 'edit', index: i })}>
                        {TEXT.edit} <span class="visually-hidden">message {i + 1}</span>
                      </button>
                      <button type="button" onClick={() => setConfirm({ kind: 'remove', index: i })}>
                        {TEXT.remove} <span class="visually-hidden">message {i + 1}</span>
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
        {mode.kind === 'add' ? (
          <div class="subcard">
            <TemplateEditor
              id="template-new"
              others={list}
              onSave={async (next) => {
                await commit([...list, next]);
                setMode({ kind: 'list' });
              }}
              onCancel={() => setMode({ kind: 'list' })}
            />
          </div>
        ) : (
          <div class="actions">
            <button
              type="button"
              aria-describedby={limit ? 'messages-limit' : undefined}
              onClick={() => {
                const room = canAddTemplate(list);
                setLimit(room.ok ? null : room.error);
                if (room.ok) setMode({ kind: 'add' });
              }}
            >
              {TEXT.add}
            </button>
            <button type="button" onClick={() => setConfirm({ kind: 'restore' })}>
              {TEXT.restore}
            </button>
          </div>
        )}
        {limit && (
          <p id="messages-limit" class="field-error" role="alert">
            {limit}
          </p>
        )}
        {confirm?.kind === 'restore' && (
          <ConfirmRow
            question={TEXT.restoreQuestion}
            confirmLabel={TEXT.restoreConfirm}
            onConfirm={() => {
              setConfirm(null);
              setMode({ kind: 'list' });
              void commit([...DEFAULT_TEMPLATES]).catch(() => undefined);
            }}
            onCancel={() => setConfirm(null)}
          />
        )}
      </>
    );
  };

  return (
    <section class="card" aria-labelledby="messages-title">
      <h2 id="messages-title">{TEXT.title}</h2>
      <p class="muted">{TEXT.intro}</p>
      <p>{TEXT.placeholder}</p>
      {body()}
    </section>
  );
}
