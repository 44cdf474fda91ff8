import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { ProblemMessage } from '../components/ProblemMessage';
import { ConflictDialog } from './ConflictDialog';
import { useBlockKindLabel } from './labels';
import './editing.css';
import { wrapSelection, type InlineFormat } from './markdownWrap';
import type { BlockEditing, EditSession } from './useBlockEditing';

interface Props {
  block: Block;
  editing: BlockEditing;
}

/** The editor of one block: its inline Markdown, buttons that wrap the selection, and where the saving stands. */
export function BlockEditor({ block, editing }: Props) {
  const { t } = useTranslation();
  const kindLabel = useBlockKindLabel();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('');
  const session = editing.session;
  const state = session?.state ?? null;
  const kind = kindLabel(block);
  const pendingSelection = useRef<[number, number] | null>(null);

  useEffect(() => {
    if (state !== null) field.current?.focus();
    // Focus once the source has loaded.
  }, [state === null]);

  useEffect(() => {
    const selection = pendingSelection.current;
    if (selection === null || field.current === null) return;
    pendingSelection.current = null;
    field.current.focus();
    field.current.setSelectionRange(selection[0], selection[1]);
  });

  if (session === null) return null;

  const noticeText = (notice: EditSession['notice']) => {
    switch (notice) {
      case 'saved':
        return t('editing.notice.saved');
      case 'merged':
        return t('editing.notice.merged');
      case 'unchanged':
        return t('editing.notice.unchanged');
      case 'offline':
        return t('editing.notice.offline');
      default:
        return '';
    }
  };
  const format = (choice: InlineFormat) => {
    const element = field.current;
    if (element === null || state === null) return;
    const edit = wrapSelection(state.text, element.selectionStart, element.selectionEnd, choice);
    pendingSelection.current = [edit.selectionStart, edit.selectionEnd];
    editing.change(edit.text);
  };
  const leaveBlock = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && container.current?.contains(event.relatedTarget)) return;
    editing.flush();
  };

  return (
    <div className="block-editor" ref={container} onBlur={leaveBlock}>
      {session.loadError !== null ? (
        <ProblemMessage error={session.loadError} />
      ) : state === null ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          <div className="block-editor-toolbar" role="toolbar" aria-label={t('editing.toolbar')} aria-controls={`${id}-text`}>
            <button type="button" className="button" onClick={() => format({ kind: 'bold' })}>
              {t('editing.bold')}
            </button>
            <button type="button" className="button" onClick={() => format({ kind: 'italic' })}>
              {t('editing.italic')}
            </button>
            <button type="button" className="button" aria-expanded={linkOpen} onClick={() => setLinkOpen((open) => !open)}>
              {t('editing.link')}
            </button>
          </div>
          {linkOpen && (
            <div className="block-editor-link">
              <label htmlFor={`${id}-url`}>{t('editing.linkAddress')}</label>
              <input id={`${id}-url`} type="url" value={url} onChange={(event) => setUrl(event.target.value)} />
              <button
                type="button"
                className="button"
                disabled={url.trim() === ''}
                onClick={() => {
                  format({ kind: 'link', url });
                  setLinkOpen(false);
                  setUrl('');
                }}
              >
                {t('editing.linkApply')}
              </button>
            </div>
          )}
          <label htmlFor={`${id}-text`}>{t('editing.fieldLabel', { kind })}</label>
          <textarea
            id={`${id}-text`}
            ref={field}
            className="block-editor-text"
            rows={Math.min(10, Math.max(2, Math.ceil(state.text.length / 80)))}
            value={state.text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => editing.change(event.target.value)}
          />
          <p id={`${id}-hint`} className="block-editor-hint">
            {t('editing.hint')}
          </p>
          <p role="status" className="block-editor-status">
            {session.saving ? t('editing.saving') : noticeText(session.notice)}
          </p>
          <div role="alert" className="block-editor-error">
            {session.error !== null && t('editing.refused', { message: session.error })}
          </div>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={editing.finish} disabled={session.saving}>
              {t('editing.done')}
            </button>
          </div>
        </>
      )}
      {session.conflict !== null && (
        <ConflictDialog conflict={session.conflict} kind={kind} onResolve={editing.resolve} />
      )}
    </div>
  );
}
