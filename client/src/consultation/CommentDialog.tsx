import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openThread } from '../api/endpoints';
import type { CommentThread, CommentType, Round } from '../api/types';
import { Dialog } from '../components/Dialog';
import { ProblemMessage } from '../components/ProblemMessage';
import {
  commentFormProblems,
  commentTypes,
  hasProblems,
  initialReplacement,
  maxCommentLength,
  newThreadRequest,
  type CommentFormProblems,
  type CommentFormValues,
} from './commentForm';
import { CharacterCount } from './CharacterCount';
import { ReplacementField } from './ReplacementField';
import { useConsultationLabels } from './labels';
import type { PassageSelection } from './selectionAnchor';

export interface CommentFormProps {
  documentId: string;
  round: Round;
  passage: PassageSelection;
  /** The person could send the comment to the round at once; they may still keep it as a draft. */
  draftOffered: boolean;
  onCancel(): void;
  onCreated(thread: CommentThread): void;
  onBusyChange?(busy: boolean): void;
}

const noProblems: CommentFormProblems = { text: null, replacement: null };

/** Type, text, an optional proposed wording and, for those who could submit directly, "keep as a draft". */
export function CommentForm(props: CommentFormProps) {
  const { documentId, round, passage, draftOffered, onCancel, onCreated, onBusyChange } = props;
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const id = useId();
  const textField = useRef<HTMLTextAreaElement>(null);
  const replacementField = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState<CommentFormValues>({
    type: 'General',
    text: '',
    proposeChange: false,
    replacement: initialReplacement(passage.exact),
    keepAsDraft: false,
  });
  const [problems, setProblems] = useState<CommentFormProblems>(noProblems);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = (patch: Partial<CommentFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = commentFormProblems(values);
    setProblems(found);
    if (hasProblems(found)) {
      (found.text !== null ? textField : replacementField).current?.focus();
      return;
    }
    setSaving(true);
    onBusyChange?.(true);
    setError(null);
    try {
      onCreated(await openThread(documentId, newThreadRequest(round.id, passage, values, draftOffered)));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
      onBusyChange?.(false);
    }
  };

  const textError =
    problems.text === 'empty'
      ? t('consultation.comment.textMissing')
      : problems.text === 'tooLong'
        ? t('consultation.comment.textTooLong', { max: maxCommentLength })
        : null;

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form comment-form">
      <div className="comment-form-passage">
        <p className="comment-form-label">{t('consultation.comment.passage')}</p>
        <blockquote className="comment-form-quote">
          <q>{passage.exact}</q>
        </blockquote>
      </div>
      <fieldset className="field field-choices">
        <legend>{t('consultation.comment.type')}</legend>
        {commentTypes.map((type: CommentType) => (
          <label key={type} className="choice">
            <input
              type="radio"
              name={`${id}-type`}
              value={type}
              checked={values.type === type}
              disabled={saving}
              onChange={() => change({ type })}
            />{' '}
            {labels.type(type)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('consultation.comment.text')}</label>
        <textarea
          ref={textField}
          id={`${id}-text`}
          rows={6}
          value={values.text}
          disabled={saving}
          aria-invalid={textError !== null}
          aria-describedby={`${id}-text-count${textError !== null ? ` ${id}-text-error` : ''}`}
          onChange={(event) => {
            change({ text: event.target.value });
            setProblems((current) => ({ ...current, text: null }));
          }}
        />
        <CharacterCount id={`${id}-text-count`} length={values.text.length} max={maxCommentLength} />
        {textError !== null && (
          <p className="field-error" id={`${id}-text-error`}>
            {textError}
          </p>
        )}
      </div>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.proposeChange}
            disabled={saving}
            onChange={(event) => {
              change({ proposeChange: event.target.checked });
              setProblems((current) => ({ ...current, replacement: null }));
            }}
          />{' '}
          {t('consultation.comment.proposeChange')}
        </label>
      </div>
      {values.proposeChange && (
        <ReplacementField
          id={id}
          label={t('consultation.comment.replacement')}
          hint={t('consultation.comment.replacementHint')}
          value={values.replacement}
          disabled={saving}
          problem={problems.replacement}
          fieldRef={replacementField}
          onChange={(replacement) => {
            change({ replacement });
            setProblems((current) => ({ ...current, replacement: null }));
          }}
        />
      )}
      {draftOffered ? (
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={values.keepAsDraft}
              disabled={saving}
              aria-describedby={`${id}-draft-hint`}
              onChange={(event) => change({ keepAsDraft: event.target.checked })}
            />{' '}
            {t('consultation.comment.keepAsDraft')}
          </label>
          <p className="field-hint" id={`${id}-draft-hint`}>
            {t('consultation.comment.keepAsDraftHint')}
          </p>
        </div>
      ) : (
        <p className="field-hint">{t('consultation.comment.savedAsDraft')}</p>
      )}
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('consultation.comment.sending') : t('consultation.comment.send')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Comment on this passage" as a modal dialog. */
export function CommentDialog({ open, onClose, ...formProps }: Omit<CommentFormProps, 'onCancel' | 'onBusyChange'> & { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} title={t('consultation.comment.title')} onClose={onClose} busy={busy}>
      <CommentForm {...formProps} onCancel={onClose} onBusyChange={setBusy} />
    </Dialog>
  );
}
