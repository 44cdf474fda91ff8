import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './editing.css';
import { FormattingToolbar } from './FormattingToolbar';
import { wrapSelection, type InlineFormat } from './markdownWrap';
import type { InsertBlockRequest } from './types';

/** The kinds a new block can have, as the form offers them. */
export type NewBlockChoice = 'paragraph' | 'heading' | 'bulleted' | 'numbered';

/** InsertBlock's request for the choices of the form. */
export function insertRequest(afterBlockId: string | null, choice: NewBlockChoice, level: number, text: string): InsertBlockRequest {
  switch (choice) {
    case 'heading':
      return { afterBlockId, kind: 'heading', level, text };
    case 'bulleted':
    case 'numbered':
      return { afterBlockId, kind: 'listItem', listKind: choice, level: 0, text };
    default:
      return { afterBlockId, kind: 'paragraph', text };
  }
}

interface Props {
  afterBlockId: string | null;
  busy: boolean;
  /** Resolves true once the block is stored (the form then closes). */
  onSave(request: InsertBlockRequest): Promise<boolean>;
  onCancel(): void;
}

/** A form for a new block: its kind (paragraph, heading with its level, list item) and its text with Bold, Italic and Link. */
export function BlockInserter({ afterBlockId, busy, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<NewBlockChoice>('paragraph');
  const [level, setLevel] = useState(2);
  const [text, setText] = useState('');
  const kindField = useRef<HTMLSelectElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  useEffect(() => kindField.current?.focus(), []);
  useEffect(() => {
    const selection = pendingSelection.current;
    if (selection === null || field.current === null) return;
    pendingSelection.current = null;
    field.current.focus();
    field.current.setSelectionRange(selection[0], selection[1]);
  });

  const format = (chosen: InlineFormat) => {
    const element = field.current;
    if (element === null) return;
    const edit = wrapSelection(text, element.selectionStart, element.selectionEnd, chosen);
    pendingSelection.current = [edit.selectionStart, edit.selectionEnd];
    setText(edit.text);
  };
  const title = afterBlockId === null ? t('editing.structure.newAtTop') : t('editing.structure.newAfter');

  return (
    <form
      className="block-editor block-inserter"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(insertRequest(afterBlockId, choice, level, text.trim()));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <div className="block-inserter-kind">
        <label htmlFor={`${id}-kind`}>{t('editing.structure.kindLabel')}</label>
        <select id={`${id}-kind`} ref={kindField} value={choice} onChange={(event) => setChoice(event.target.value as NewBlockChoice)}>
          <option value="paragraph">{t('editing.structure.kinds.paragraph')}</option>
          <option value="heading">{t('editing.structure.kinds.heading')}</option>
          <option value="bulleted">{t('editing.structure.kinds.bulleted')}</option>
          <option value="numbered">{t('editing.structure.kinds.numbered')}</option>
        </select>
        {choice === 'heading' && (
          <>
            <label htmlFor={`${id}-level`}>{t('editing.structure.levelLabel')}</label>
            <select id={`${id}-level`} value={level} onChange={(event) => setLevel(Number(event.target.value))}>
              {[1, 2, 3, 4, 5, 6].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <FormattingToolbar fieldId={`${id}-text`} onFormat={format} />
      <label htmlFor={`${id}-text`}>{t('editing.structure.textLabel')}</label>
      <textarea
        id={`${id}-text`}
        ref={field}
        className="block-editor-text"
        rows={3}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={`${id}-hint`} className="block-editor-hint">
        {t('editing.structure.textHint')}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || text.trim() === ''}>
          {t('editing.structure.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
