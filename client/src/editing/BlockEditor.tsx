import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { ProblemMessage } from '../components/ProblemMessage';
import { ConflictDialog } from './ConflictDialog';
import { useBlockKindLabel } from './labels';
import './editing.css';
import { FormattingToolbar } from './FormattingToolbar';
import { wrapSelection, type InlineFormat } from './markdownWrap';
import { hasUnsavedText } from './editOutcome';
import { anchorText, markdownPlainText, splitPoint } from './structure';
import type { BlockEditing, EditSession } from './useBlockEditing';

interface Props {
  block: Block;
  editing: BlockEditing;
  /** Cuts the block in two at this offset of its visible text; absent where the structure is not edited. */
  onSplit?: (offset: number) => void;
  /** A structure change is on its way. */
  structureBusy?: boolean;
}

/** The editor of one block: its inline Markdown, buttons that wrap the selection, and where the saving stands. */
export function BlockEditor({ block, editing, onSplit, structureBusy = false }: Props) {
  const { t } = useTranslation();
  const kindLabel = useBlockKindLabel();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const session = editing.session;
  const state = session?.state ?? null;
  const kind = kindLabel(block);
  const pendingSelection = useRef<[number, number] | null>(null);
  const [splitProblem, setSplitProblem] = useState<string | null>(null);

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
  const splitHere = () => {
    const element = field.current;
    if (element === null || state === null || onSplit === undefined) return;
    // The offset counts the text as stored: the editor must show exactly what the page shows.
    if (session.saving || hasUnsavedText(state) || markdownPlainText(state.text) !== anchorText('content' in block ? block.content : [])) {
      setSplitProblem(t('editing.structure.splitUnsaved'));
      return;
    }
    const point = splitPoint(state.text, element.selectionStart);
    if (point.kind === 'insideMarkup') setSplitProblem(t('editing.structure.splitInsideMarkup'));
    else if (point.kind === 'edge') setSplitProblem(t('editing.structure.splitEdge'));
    else {
      setSplitProblem(null);
      onSplit(point.offset);
    }
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
          <FormattingToolbar fieldId={`${id}-text`} onFormat={format} />
          <label htmlFor={`${id}-text`}>{t('editing.fieldLabel', { kind })}</label>
          <textarea
            id={`${id}-text`}
            ref={field}
            className="block-editor-text"
            rows={Math.min(10, Math.max(2, Math.ceil(state.text.length / 80)))}
            value={state.text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setSplitProblem(null);
              editing.change(event.target.value);
            }}
          />
          <p id={`${id}-hint`} className="block-editor-hint">
            {t('editing.hint')}
            {onSplit !== undefined && ` ${t('editing.structure.splitHint', { kind })}`}
          </p>
          <p role="status" className="block-editor-status">
            {session.saving ? t('editing.saving') : noticeText(session.notice)}
          </p>
          <div role="alert" className="block-editor-error">
            {session.error !== null && t('editing.refused', { message: session.error })}
            {splitProblem !== null && <p>{splitProblem}</p>}
          </div>
          <div className="form-actions">
            {onSplit !== undefined && (
              <button type="button" className="button" onClick={splitHere} disabled={structureBusy}>
                {t('editing.structure.split')}
              </button>
            )}
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
