import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { openRound } from '../api/roundEndpoints';
import type { OrganisationInfo } from '../api/roundTypes';
import type { Round, RoundVisibility, Tag } from '../api/types';
import { ProblemMessage } from '../components/ProblemMessage';
import type { AsyncState } from '../hooks/useAsync';
import type { SectionChoice } from './headings';
import { checkOpenRound, defaultInvitations, emptyOpenRoundValues, type OpenRoundProblems, type OpenRoundValues } from './openRoundForm';
import { useFieldProblemText } from './problemText';
import { QuestionListEditor } from './QuestionListEditor';
import { WallTimeFields } from './WallTimeFields';
import { timeZoneChoices } from './zonedTime';
import './rounds.css';

interface OpenRoundFormProps {
  documentId: string;
  tags: readonly Tag[];
  sections: readonly SectionChoice[];
  organisations: AsyncState<OrganisationInfo[]>;
  onOpened(round: Round): void;
  /** "Now" for the check that the deadline comes after the opening; the clock when left out. */
  now?: () => Date;
}

const noProblems: OpenRoundProblems = { questions: {} };

/** The first field with a problem, in the order of the form, to move focus to. */
function firstProblemField(problems: OpenRoundProblems, ids: Record<string, string>, questionFieldId: (key: string) => string) {
  if (problems.title !== undefined) return ids.title;
  if (problems.baseVersion !== undefined) return ids.baseVersion;
  if (problems.opens !== undefined) return ids.opens;
  if (problems.closes !== undefined) return ids.closes;
  const question = Object.keys(problems.questions)[0];
  return question === undefined ? undefined : questionFieldId(question);
}

/**
 * Opens a consultation round: title, circulated version, opening and deadline in a chosen time zone, invited
 * organisations, visibility, direct submission and questions. What was typed stays when the server refuses it.
 */
export function OpenRoundForm({ documentId, tags, sections, organisations, onOpened, now = () => new Date() }: OpenRoundFormProps) {
  const { t } = useTranslation();
  const problemText = useFieldProblemText();
  const own = useId();
  const ids = { title: `${own}-title`, baseVersion: `${own}-version`, zone: `${own}-zone`, opens: `${own}-opens`, closes: `${own}-closes` };
  const questionFieldId = (key: string) => `${own}-${key}-text`;
  const [values, setValues] = useState<OpenRoundValues>(emptyOpenRoundValues);
  const [problems, setProblems] = useState<OpenRoundProblems>(noProblems);
  const [summary, setSummary] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const invitationsTouched = useRef(false);
  const zones = useMemo(timeZoneChoices, []);

  const organisationList = organisations.status === 'ready' ? organisations.data : null;
  useEffect(() => {
    if (organisationList === null || invitationsTouched.current) return;
    setValues((current) => ({ ...current, invitedOrganisationIds: defaultInvitations(organisationList) }));
  }, [organisationList]);

  const change = (fields: Partial<OpenRoundValues>) => setValues((current) => ({ ...current, ...fields }));

  const toggleInvitation = (organisationId: string, invited: boolean) => {
    invitationsTouched.current = true;
    setValues((current) => ({
      ...current,
      invitedOrganisationIds: invited
        ? [...current.invitedOrganisationIds, organisationId]
        : current.invitedOrganisationIds.filter((id) => id !== organisationId),
    }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkOpenRound(values, now());
    if (!check.ok) {
      setProblems(check.problems);
      setSummary(t('roundAdmin.checkFailed'));
      const first = firstProblemField(check.problems, ids, questionFieldId);
      if (first !== undefined) document.getElementById(first)?.focus();
      return;
    }
    setProblems(noProblems);
    setSummary('');
    setSaving(true);
    setError(null);
    try {
      onOpened(await openRound(documentId, check.request));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  const visibilityOptions: { value: RoundVisibility; label: string; explanation: string }[] = [
    { value: 'Open', label: t('roundAdmin.visibilityOpen'), explanation: t('roundAdmin.visibilityOpenExplanation') },
    { value: 'Closed', label: t('roundAdmin.visibilityClosed'), explanation: t('roundAdmin.visibilityClosedExplanation') },
  ];

  return (
    <form className="form round-form" noValidate onSubmit={(event) => void submit(event)} aria-describedby={`${own}-intro`}>
      <p id={`${own}-intro`}>{t('roundAdmin.intro')}</p>
      <div className="field">
        <label htmlFor={ids.title}>{t('roundAdmin.titleLabel')}</label>
        <p className="field-hint" id={`${ids.title}-hint`}>
          {t('roundAdmin.titleHint')}
        </p>
        <input
          id={ids.title}
          type="text"
          value={values.title}
          disabled={saving}
          aria-invalid={problems.title !== undefined}
          aria-describedby={problems.title !== undefined ? `${ids.title}-hint ${ids.title}-error` : `${ids.title}-hint`}
          onChange={(event) => change({ title: event.target.value })}
        />
        {problems.title !== undefined && (
          <p className="field-error" id={`${ids.title}-error`}>
            {problemText(problems.title)}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={ids.baseVersion}>{t('roundAdmin.baseVersionLabel')}</label>
        <p className="field-hint" id={`${ids.baseVersion}-hint`}>
          {tags.length === 0 ? t('roundAdmin.noCirculatedVersion') : t('roundAdmin.baseVersionHint')}
        </p>
        <select
          id={ids.baseVersion}
          value={values.baseVersion}
          disabled={saving}
          aria-invalid={problems.baseVersion !== undefined}
          aria-describedby={
            problems.baseVersion !== undefined ? `${ids.baseVersion}-hint ${ids.baseVersion}-error` : `${ids.baseVersion}-hint`
          }
          onChange={(event) => change({ baseVersion: event.target.value })}
        >
          <option value="">{t('roundAdmin.chooseVersion')}</option>
          {tags.map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.label}
            </option>
          ))}
        </select>
        {problems.baseVersion !== undefined && (
          <p className="field-error" id={`${ids.baseVersion}-error`}>
            {problemText(problems.baseVersion)}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={ids.zone}>{t('roundAdmin.timeZoneLabel')}</label>
        <p className="field-hint" id={`${ids.zone}-hint`}>
          {t('roundAdmin.timeZoneHint')}
        </p>
        <select
          id={ids.zone}
          value={values.timeZone}
          disabled={saving}
          aria-describedby={`${ids.zone}-hint`}
          onChange={(event) => change({ timeZone: event.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </div>

      <WallTimeFields
        id={ids.opens}
        legend={t('roundAdmin.opensLegend', { zone: values.timeZone })}
        hint={t('roundAdmin.opensHint')}
        value={values.opens}
        error={problems.opens === undefined ? undefined : problemText(problems.opens)}
        disabled={saving}
        onChange={(opens) => change({ opens })}
      />
      <WallTimeFields
        id={ids.closes}
        legend={t('roundAdmin.closesLegend', { zone: values.timeZone })}
        value={values.closes}
        error={problems.closes === undefined ? undefined : problemText(problems.closes)}
        disabled={saving}
        onChange={(closes) => change({ closes })}
      />

      <fieldset className="field">
        <legend>{t('roundAdmin.invitedLegend')}</legend>
        <p className="field-hint">{t('roundAdmin.invitedHint')}</p>
        {organisations.status === 'loading' && <p role="status">{t('common.loading')}</p>}
        {organisations.status === 'error' && <ProblemMessage error={organisations.error} />}
        {organisationList !== null && (
          <ul className="choice-list">
            {organisationList.map((organisation) => (
              <li key={organisation.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={values.invitedOrganisationIds.includes(organisation.id)}
                    disabled={saving}
                    onChange={(event) => toggleInvitation(organisation.id, event.target.checked)}
                  />{' '}
                  {organisation.name} <span className="choice-detail">({organisation.kind})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="field">
        <legend>{t('roundAdmin.visibilityLegend')}</legend>
        <ul className="choice-list">
          {visibilityOptions.map((option) => (
            <li key={option.value}>
              <label className="choice">
                <input
                  type="radio"
                  name={`${own}-visibility`}
                  value={option.value}
                  checked={values.visibility === option.value}
                  disabled={saving}
                  aria-describedby={`${own}-visibility-${option.value}`}
                  onChange={() => change({ visibility: option.value })}
                />{' '}
                {option.label}
              </label>
              <p className="field-hint choice-explanation" id={`${own}-visibility-${option.value}`}>
                {option.explanation}
              </p>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.directSubmission}
            disabled={saving}
            aria-describedby={`${own}-direct-hint`}
            onChange={(event) => change({ directSubmission: event.target.checked })}
          />{' '}
          {t('roundAdmin.directSubmissionLabel')}
        </label>
        <p className="field-hint choice-explanation" id={`${own}-direct-hint`}>
          {t('roundAdmin.directSubmissionHint')}
        </p>
      </div>

      <QuestionListEditor
        questions={values.questions}
        sections={sections}
        problems={problems.questions}
        disabled={saving}
        fieldId={questionFieldId}
        onChange={(questions) => change({ questions })}
      />

      <p className="form-summary" role="status">
        {summary}
      </p>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('roundAdmin.opening') : t('roundAdmin.submit')}
        </button>
      </div>
    </form>
  );
}
