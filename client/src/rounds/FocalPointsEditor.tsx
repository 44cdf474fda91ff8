import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setFocalPoints } from '../api/roundEndpoints';
import type { OrganisationFocalPoints } from '../api/roundTypes';
import { ProblemMessage } from '../components/ProblemMessage';
import { focalPointIds, focalPointsChanged, toggleFocalPoint } from './focalPoints';

/**
 * A coordinator's choice of one organisation's focal points: a checkbox per person, saved together. The button stays
 * enabled (and focusable) after saving; saving without a change only says so.
 */
export function FocalPointsEditor({ documentId, organisation }: { documentId: string; organisation: OrganisationFocalPoints }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(organisation);
  const [chosen, setChosen] = useState(() => focalPointIds(organisation));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!focalPointsChanged(focalPointIds(saved), chosen)) {
      setStatus(t('focalPoints.unchanged', { organisation: saved.organisationName }));
      return;
    }
    setSaving(true);
    setError(null);
    setStatus('');
    try {
      const result = await setFocalPoints(documentId, organisation.organisationId, chosen);
      setSaved(result);
      setChosen(focalPointIds(result));
      setStatus(t('focalPoints.saved', { organisation: result.organisationName }));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="focal-organisation" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="field">
        <legend>{saved.organisationName}</legend>
        {saved.people.length === 0 ? (
          <p className="empty">{t('focalPoints.noPeople')}</p>
        ) : (
          <ul className="choice-list">
            {saved.people.map((person) => (
              <li key={person.id}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(person.id)}
                    disabled={saving}
                    onChange={(event) => {
                      setChosen(toggleFocalPoint(saved, chosen, person.id, event.target.checked));
                      setStatus('');
                    }}
                  />{' '}
                  {t('focalPoints.checkbox', { name: person.name })}
                </label>
                {person.title !== '' && <span className="choice-detail"> — {person.title}</span>}
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          {t('focalPoints.save', { organisation: saved.organisationName })}
        </button>
        <p role="status" className="answer-status">
          {status}
        </p>
      </div>
    </form>
  );
}
