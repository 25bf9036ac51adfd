import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { SaveStatusLine } from '../../components/save-status';
import { canAddTemplate, DEFAULT_TEMPLATE_KEYS } from '../../lib/people/templates';
import { localDefaultTemplates, readLocalTemplates } from '../../platform/pages/stored-templates';
import { say } from '../../platform/shared/i18n';
import { templatesItem, writeTemplates } from '../../platform/storage/storage';
import { ConfirmRow } from './confirm-row';
import { TemplateEditor } from './template-editor';
import { useStored } from './use-stored';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; index: number };

/** Messages: add, edit, remove, and restore Attune's own. */
export function MessagesSection() {
  const { value: templates, status, commit } = useStored(readLocalTemplates, writeTemplates, templatesItem);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [confirm, setConfirm] = useState<{ kind: 'remove'; index: number } | { kind: 'restore' } | null>(
    null,
  );
  const [limit, setLimit] = useState<string | null>(null);

  const body = () => {
    if (templates === null) return <p class="muted">{i18n.t('options.messages.loading')}</p>;
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
                      question={i18n.t('options.messages.remove_question')}
                      confirmLabel={i18n.t('common.remove')}
                      cancelLabel={i18n.t('common.keep')}
                      onConfirm={() => {
                        setConfirm(null);
                        void commit(list.filter((_, j) => j !== i)).catch(() => undefined);
                      }}
                      onCancel={() => setConfirm(null)}
                    />
                  ) : (
                    <div class="actions">
                      <button type="button" onClick={() => setMode({ kind: 'edit', index: i })}>
                        {i18n.t('common.edit')}{' '}
                        <span class="visually-hidden">
                          {i18n.t('options.messages.item', [String(i + 1)])}
                        </span>
                      </button>
                      <button type="button" onClick={() => setConfirm({ kind: 'remove', index: i })}>
                        {i18n.t('common.remove')}{' '}
                        <span class="visually-hidden">
                          {i18n.t('options.messages.item', [String(i + 1)])}
                        </span>
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
                setLimit(room.ok ? null : say(room.error));
                if (room.ok) setMode({ kind: 'add' });
              }}
            >
              {i18n.t('options.messages.add')}
            </button>
            <button type="button" onClick={() => setConfirm({ kind: 'restore' })}>
              {i18n.t('options.messages.restore')}
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
            question={i18n.t('options.messages.restore_question', [String(DEFAULT_TEMPLATE_KEYS.length)])}
            confirmLabel={i18n.t('options.messages.restore')}
            onConfirm={() => {
              setConfirm(null);
              setMode({ kind: 'list' });
              void commit(localDefaultTemplates()).catch(() => undefined);
            }}
            onCancel={() => setConfirm(null)}
          />
        )}
      </>
    );
  };

  return (
    <section class="card" id="messages" aria-labelledby="messages-title">
      <h2 id="messages-title">{i18n.t('options.messages.title')}</h2>
      <p class="muted">{i18n.t('options.messages.intro')}</p>
      <p>{i18n.t('options.messages.placeholder', { name: '{name}' })}</p>
      {body()}
    </section>
  );
}
