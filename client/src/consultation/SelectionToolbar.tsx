import { useTranslation } from 'react-i18next';
import type { DocumentSelection } from './useDocumentSelection';
import type { PassageSelection } from './selectionAnchor';

const quoteLimit = 80;
const shortQuote = (text: string) => (text.length <= quoteLimit ? text : `${text.slice(0, quoteLimit - 1)}…`);

/**
 * Above the text: what is selected and "Comment on this passage", enabled while a passage of one block is
 * selected (a selection over several blocks is explained instead), and "Comment on a whole paragraph…", which
 * needs no selection.
 */
export function SelectionToolbar({
  selection,
  onComment,
  onChooseParagraph,
}: {
  selection: DocumentSelection;
  onComment(passage: PassageSelection): void;
  /** Comment on a whole block chosen from a list: the way to comment without selecting text. */
  onChooseParagraph(): void;
}) {
  const { t } = useTranslation();
  const { result } = selection;
  return (
    <div className="selection-toolbar" role="group" aria-label={t('consultation.comment.commentOnPassage')}>
      <p className="selection-toolbar-state" aria-live="polite">
        {result.kind === 'passage'
          ? t('consultation.comment.selected', { quote: shortQuote(result.passage.exact) })
          : result.kind === 'acrossBlocks'
            ? t('consultation.comment.acrossBlocks')
            : t('consultation.comment.toolbarHint')}
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={result.kind !== 'passage'}
        onClick={() => {
          if (result.kind === 'passage') onComment(result.passage);
        }}
      >
        {t('consultation.comment.commentOnPassage')}
      </button>
      <button type="button" className="button" onClick={onChooseParagraph}>
        {t('consultation.comment.chooseParagraph')}
      </button>
    </div>
  );
}

/** The same action as a small button right below the end of the selection. */
export function SelectionButton({ selection, onComment }: { selection: DocumentSelection; onComment(passage: PassageSelection): void }) {
  const { t } = useTranslation();
  const { result, position } = selection;
  if (result.kind !== 'passage' || position === null) return null;
  return (
    <button
      type="button"
      className="button button-primary selection-button"
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onComment(result.passage)}
    >
      {t('consultation.comment.commentOnPassage')}
    </button>
  );
}
