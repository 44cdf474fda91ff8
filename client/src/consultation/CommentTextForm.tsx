import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../components/ProblemMessage';
import { CharacterCount } from './CharacterCount';
import { commentTextProblem, maxCommentLength, type TextProblem } from './commentForm';

interface CommentTextFormProps {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Sends the text; a rejected promise is shown and the text kept. */
  onSave(text: string): Promise<void>;
  onCancel?(): void;
  /** Clear the field after a successful save (a reply box), or keep it (an edit that closes). */
  clearAfterSave?: boolean;
}

/** One text field with its limit: a reply, or a new wording of one's own comment. */
export function CommentTextForm({ label, submitLabel, initialText = '', onSave, onCancel, clearAfterSave = false }: CommentTextFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = commentTextProblem(text);
    setProblem(found);
    if (found !== null) {
      field.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(text);
      if (clearAfterSave) setText('');
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const problemText =
    problem === 'empty'
      ? t('consultation.comment.textMissing')
      : problem === 'tooLong'
        ? t('consultation.comment.textTooLong', { max: maxCommentLength })
        : null;
  return (
    <form className="form comment-text-form" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <textarea
          ref={field}
          id={`${id}-text`}
          rows={3}
          value={text}
          disabled={saving}
          aria-invalid={problemText !== null}
          aria-describedby={`${id}-count${problemText !== null ? ` ${id}-error` : ''}`}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
        />
        <CharacterCount id={`${id}-count`} length={text.length} max={maxCommentLength} />
        {problemText !== null && (
          <p className="field-error" id={`${id}-error`}>
            {problemText}
          </p>
        )}
      </div>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel} disabled={saving}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
