import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../api/types';
import type { PassageSelection } from './selectionAnchor';

interface AnchorActionsProps {
  thread: CommentThread;
  /** The passage selected in the current version, if any. */
  selectedPassage: PassageSelection | null;
  busy: boolean;
  onConfirm(): void;
  onAttach(passage: PassageSelection): void;
}

/** Coordinators: confirm where a moved or changed passage was found, or attach the thread to the passage selected. */
export function AnchorActions({ thread, selectedPassage, busy, onConfirm, onAttach }: AnchorActionsProps) {
  const { t } = useTranslation();
  const foundElsewhere = thread.anchorStatus === 'Moved' || thread.anchorStatus === 'Fuzzy';
  return (
    <div className="anchor-actions">
      <p className="field-hint">
        {selectedPassage === null
          ? t('consultation.anchorActions.selectFirst')
          : t('consultation.anchorActions.selected', { quote: selectedPassage.exact })}
      </p>
      <div className="form-actions">
        {foundElsewhere && (
          <button type="button" className="button" disabled={busy} onClick={onConfirm}>
            {t('consultation.anchorActions.confirm')}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={busy || selectedPassage === null}
          onClick={() => {
            if (selectedPassage !== null) onAttach(selectedPassage);
          }}
        >
          {t('consultation.anchorActions.attach')}
        </button>
      </div>
    </div>
  );
}
