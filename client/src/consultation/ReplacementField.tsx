import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from './CharacterCount';
import { maxReplacementLength, type ReplacementProblem } from './commentForm';

interface ReplacementFieldProps {
  /** The id stem of the field; the hint, count and error take ids derived from it. */
  id: string;
  label: string;
  hint: string;
  value: string;
  disabled: boolean;
  problem: ReplacementProblem | null;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
  onChange(value: string): void;
}

/** The wording that replaces a passage, with its hint, character count and what is wrong with it. */
export function ReplacementField({ id, label, hint, value, disabled, problem, fieldRef, onChange }: ReplacementFieldProps) {
  const { t } = useTranslation();
  const error =
    problem === 'multiline'
      ? t('consultation.comment.replacementMultiline')
      : problem === 'tooLong'
        ? t('consultation.comment.replacementTooLong', { max: maxReplacementLength })
        : null;
  return (
    <div className="field">
      <label htmlFor={`${id}-replacement`}>{label}</label>
      <p className="field-hint" id={`${id}-replacement-hint`}>
        {hint}
      </p>
      <textarea
        ref={fieldRef}
        id={`${id}-replacement`}
        rows={3}
        value={value}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={`${id}-replacement-hint ${id}-replacement-count${error !== null ? ` ${id}-replacement-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <CharacterCount id={`${id}-replacement-count`} length={value.length} max={maxReplacementLength} />
      {error !== null && (
        <p className="field-error" id={`${id}-replacement-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
