import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { putAnswer } from '../api/roundEndpoints';
import type { Answer } from '../api/roundTypes';
import { ProblemMessage } from '../components/ProblemMessage';
import { answerProblem, maxAnswerLength, type AnswerProblem } from './answering';

interface AnswerEditorProps {
  documentId: string;
  roundId: string;
  questionId: string;
  questionNumber: number;
  organisationName: string;
  answer: Answer | null;
  onSaved(answer: Answer): void;
}

/**
 * The organisation's answer to one question, saved with "Save the answer"; the text stays when saving fails. While
 * saving, the field is read-only and the button marked unavailable rather than disabled, so keyboard focus stays on it.
 */
export function AnswerEditor({ documentId, roundId, questionId, questionNumber, organisationName, answer, onSaved }: AnswerEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(answer?.text ?? '');
  const [problem, setProblem] = useState<AnswerProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const problemTexts: Record<AnswerProblem, string> = {
    answerMissing: t('questions.answerMissing'),
    answerTooLong: t('questions.answerTooLong', { max: maxAnswerLength }),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const found = answerProblem(text);
    if (found !== undefined) {
      setProblem(found);
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setProblem(null);
    setSaving(true);
    setError(null);
    setStatus('');
    try {
      const saved = await putAnswer(documentId, roundId, questionId, text);
      setStatus(t('questions.saved'));
      onSaved(saved);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="answer-editor" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('questions.yourAnswerLabel', { organisation: organisationName, number: questionNumber })}</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          value={text}
          readOnly={saving}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setStatus('');
          }}
        />
        {problem !== null && (
          <p className="field-error" id={`${id}-error`}>
            {problemTexts[problem]}
          </p>
        )}
      </div>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" aria-disabled={saving}>
          {saving ? t('questions.saving') : t('questions.save')}
        </button>
        <p className="answer-status" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}
