import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../api/types';
import { ProblemMessage } from '../components/ProblemMessage';

interface DraftActionsProps {
  thread: CommentThread;
  canDrop: boolean;
  /** Other drafts of the organisation this one may be merged into (empty: merging is not offered). */
  targets: readonly CommentThread[];
  onDrop(): Promise<void>;
  onMerge(target: CommentThread): Promise<void>;
}

const excerptLength = 60;
const excerpt = (text: string) => (text.length <= excerptLength ? text : `${text.slice(0, excerptLength - 1)}…`);

/** A focal point's work on their organisation's drafts: drop one (after confirming), or merge it into another. */
export function DraftActions({ thread, canDrop, targets, onDrop, onMerge }: DraftActionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [confirmingDrop, setConfirmingDrop] = useState(false);
  const [targetId, setTargetId] = useState('');
  const [targetMissing, setTargetMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="draft-actions" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="thread-panel-subtitle">
        {thread.organisationName != null
          ? t('consultation.draft.title', { organisation: thread.organisationName })
          : t('consultation.draft.titleOwn')}
      </h3>
      {targets.length > 0 && (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const target = targets.find((candidate) => candidate.id === targetId);
            if (target === undefined) {
              setTargetMissing(true);
              return;
            }
            void run(() => onMerge(target));
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-target`}>{t('consultation.draft.mergeInto')}</label>
            <p className="field-hint" id={`${id}-target-hint`}>
              {t('consultation.draft.mergeHint')}
            </p>
            <select
              id={`${id}-target`}
              value={targetId}
              disabled={busy}
              aria-invalid={targetMissing}
              aria-describedby={targetMissing ? `${id}-target-hint ${id}-target-error` : `${id}-target-hint`}
              onChange={(event) => {
                setTargetId(event.target.value);
                setTargetMissing(false);
              }}
            >
              <option value="">{t('consultation.draft.chooseDraft')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {t('consultation.draft.targetOption', {
                    quote: excerpt(target.anchor.exact),
                    author: target.opening.authorName,
                    comment: excerpt(target.opening.text),
                  })}
                </option>
              ))}
            </select>
            {targetMissing && (
              <p className="field-error" id={`${id}-target-error`}>
                {t('consultation.draft.targetMissing')}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('consultation.draft.merge')}
            </button>
          </div>
        </form>
      )}
      {canDrop &&
        (confirmingDrop ? (
          <div className="draft-drop-confirm" role="group" aria-labelledby={`${id}-drop-question`}>
            <p id={`${id}-drop-question`}>{t('consultation.draft.dropQuestion')}</p>
            <div className="form-actions">
              <button type="button" className="button button-danger" disabled={busy} onClick={() => void run(onDrop)}>
                {t('consultation.draft.dropConfirm')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setConfirmingDrop(false)}>
                {t('consultation.draft.keep')}
              </button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={() => setConfirmingDrop(true)}>
              {t('consultation.draft.drop')}
            </button>
          </div>
        ))}
      {error !== null && <ProblemMessage error={error} />}
    </div>
  );
}
