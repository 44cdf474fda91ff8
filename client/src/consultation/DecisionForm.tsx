import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decideThread } from '../api/endpoints';
import type { CommentThread, DecisionOutcome } from '../api/types';
import { ProblemMessage } from '../components/ProblemMessage';
import { CharacterCount } from './CharacterCount';
import { ReplacementField } from './ReplacementField';
import {
  appliesChange,
  decisionFormProblems,
  decisionHasProblems,
  decisionRequest,
  dispositions,
  initialReplacement,
  maxResponseLength,
  sendsReplacement,
  type DecisionFormProblems,
  type DecisionFormValues,
} from './commentForm';
import { useConsultationLabels } from './labels';
import { proposalApplied } from './threadFacts';

const noProblems: DecisionFormProblems = { disposition: null, response: null, replacement: null };

/** The coordinators' decision on a submitted thread: disposition, response and, accepting in part, the wording applied. */
export function DecisionForm({ documentId, thread, onDecided }: { documentId: string; thread: CommentThread; onDecided(outcome: DecisionOutcome): void }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const id = useId();
  const firstChoice = useRef<HTMLInputElement>(null);
  const replacementField = useRef<HTMLTextAreaElement>(null);
  const hasProposal = thread.proposedReplacement != null;
  const applied = proposalApplied(thread);
  const [values, setValues] = useState<DecisionFormValues>({
    disposition: thread.decision?.disposition ?? null,
    response: thread.decision?.response ?? '',
    replacement: initialReplacement(thread.proposedReplacement ?? ''),
  });
  const [problems, setProblems] = useState<DecisionFormProblems>(noProblems);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change = (patch: Partial<DecisionFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = decisionFormProblems(values, hasProposal, applied);
    setProblems(found);
    if (decisionHasProblems(found)) {
      if (found.disposition !== null) firstChoice.current?.focus();
      else if (found.replacement !== null) replacementField.current?.focus();
      return;
    }
    setSaving(true);
    setError(null);
    try {
      onDecided(await decideThread(documentId, thread.id, decisionRequest(values, hasProposal, applied)));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const editsReplacement = sendsReplacement(values, hasProposal, applied);
  return (
    <form className="form decision-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="thread-panel-subtitle">
        {t('consultation.decision.title')}
      </h3>
      <fieldset
        className="field field-choices"
        aria-describedby={problems.disposition !== null ? `${id}-disposition-error` : undefined}
      >
        <legend>{t('consultation.decision.disposition')}</legend>
        {dispositions.map((disposition, index) => (
          <label key={disposition} className="choice">
            <input
              ref={index === 0 ? firstChoice : undefined}
              type="radio"
              name={`${id}-disposition`}
              value={disposition}
              checked={values.disposition === disposition}
              disabled={saving}
              onChange={() => {
                change({ disposition });
                setProblems((current) => ({ ...current, disposition: null }));
              }}
            />{' '}
            {labels.disposition(disposition)}
          </label>
        ))}
        {problems.disposition !== null && (
          <p className="field-error" id={`${id}-disposition-error`}>
            {t('consultation.decision.dispositionMissing')}
          </p>
        )}
      </fieldset>
      {hasProposal && appliesChange(values.disposition) && (
        <p className="note" id={`${id}-applies`}>
          {applied ? t('consultation.decision.alreadyApplied') : t('consultation.decision.appliesChange')}
        </p>
      )}
      {editsReplacement && (
        <ReplacementField
          id={id}
          label={t('consultation.decision.replacement')}
          hint={t('consultation.decision.replacementHint')}
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
      <div className="field">
        <label htmlFor={`${id}-response`}>{t('consultation.decision.response')}</label>
        <textarea
          id={`${id}-response`}
          rows={4}
          value={values.response}
          disabled={saving}
          aria-invalid={problems.response !== null}
          aria-describedby={`${id}-response-count${problems.response !== null ? ` ${id}-response-error` : ''}`}
          onChange={(event) => {
            change({ response: event.target.value });
            setProblems((current) => ({ ...current, response: null }));
          }}
        />
        <CharacterCount id={`${id}-response-count`} length={values.response.length} max={maxResponseLength} />
        {problems.response !== null && (
          <p className="field-error" id={`${id}-response-error`}>
            {t('consultation.decision.responseTooLong', { max: maxResponseLength })}
          </p>
        )}
      </div>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('consultation.decision.saving') : t('consultation.decision.save')}
        </button>
      </div>
    </form>
  );
}
