import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { indentedSection, type SectionChoice } from './headings';
import type { FieldProblem, QuestionDraft } from './openRoundForm';
import { useFieldProblemText } from './problemText';

interface QuestionListEditorProps {
  questions: QuestionDraft[];
  sections: readonly SectionChoice[];
  problems: Record<string, FieldProblem>;
  disabled: boolean;
  /** Id for the text field of the question at `index`, so the form can move focus to it. */
  fieldId(key: string): string;
  onChange(questions: QuestionDraft[]): void;
}

let nextKey = 0;
const newQuestion = (): QuestionDraft => ({ key: `question-${(nextKey += 1)}`, text: '', sectionBlockId: '' });

/** The round's questions: text and optional section of each, added and removed with buttons. */
export function QuestionListEditor({ questions, sections, problems, disabled, fieldId, onChange }: QuestionListEditorProps) {
  const { t } = useTranslation();
  const problemText = useFieldProblemText();
  const own = useId();
  const addButton = useRef<HTMLButtonElement>(null);

  const update = (key: string, change: Partial<QuestionDraft>) =>
    onChange(questions.map((question) => (question.key === key ? { ...question, ...change } : question)));

  const add = () => {
    const question = newQuestion();
    onChange([...questions, question]);
    // The new field exists after React renders it.
    requestAnimationFrame(() => document.getElementById(fieldId(question.key))?.focus());
  };

  const remove = (key: string) => {
    onChange(questions.filter((question) => question.key !== key));
    addButton.current?.focus();
  };

  return (
    <fieldset className="field question-list">
      <legend>{t('roundAdmin.questionsLegend')}</legend>
      <p className="field-hint">{t('roundAdmin.questionsHint')}</p>
      {questions.length > 0 && (
        <ol className="question-drafts">
          {questions.map((question, index) => {
            const problem = problems[question.key];
            const errorId = `${own}-${question.key}-error`;
            return (
              <li key={question.key} className="question-draft">
                <label htmlFor={fieldId(question.key)}>{t('roundAdmin.questionLabel', { number: index + 1 })}</label>
                <textarea
                  id={fieldId(question.key)}
                  rows={3}
                  value={question.text}
                  disabled={disabled}
                  aria-invalid={problem !== undefined}
                  aria-describedby={problem !== undefined ? errorId : undefined}
                  onChange={(event) => update(question.key, { text: event.target.value })}
                />
                {problem !== undefined && (
                  <p className="field-error" id={errorId}>
                    {problemText(problem)}
                  </p>
                )}
                <label htmlFor={`${own}-${question.key}-section`}>{t('roundAdmin.questionSection', { number: index + 1 })}</label>
                <select
                  id={`${own}-${question.key}-section`}
                  value={question.sectionBlockId}
                  disabled={disabled}
                  onChange={(event) => update(question.key, { sectionBlockId: event.target.value })}
                >
                  <option value="">{t('roundAdmin.wholeDocument')}</option>
                  {sections.map((section) => (
                    <option key={section.id} value={section.id}>
                      {indentedSection(section)}
                    </option>
                  ))}
                </select>
                <div>
                  <button type="button" className="button button-quiet" disabled={disabled} onClick={() => remove(question.key)}>
                    {t('roundAdmin.removeQuestion', { number: index + 1 })}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="button" ref={addButton} disabled={disabled} onClick={add}>
        {t('roundAdmin.addQuestion')}
      </button>
    </fieldset>
  );
}
