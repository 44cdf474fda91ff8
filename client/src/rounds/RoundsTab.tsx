import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DocumentRole, Round } from '../api/types';
import { useConsultationLabels } from '../consultation/labels';
import { matrixPath } from '../consultation/rounds';
import { focalPointsPath, openRoundPath, questionsPath } from './paths';
import { RoundControls } from './RoundControls';
import { RoundDeadline } from './RoundDeadline';
import './rounds.css';

interface RoundsTabProps {
  documentId: string;
  role: DocumentRole;
  rounds: readonly Round[];
  onChanged(round: Round, message: string): void;
}

/** The document's consultation rounds, newest first, with their questions, matrix and (for coordinators) deadline controls. */
export function RoundsTab({ documentId, role, rounds, onChanged }: RoundsTabProps) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const newestFirst = [...rounds].reverse();
  return (
    <div className="rounds-tab">
      {role === 'Coordinator' && (
        <p>
          <Link className="button" to={openRoundPath(documentId)}>
            {t('roundAdmin.openLink')}
          </Link>
        </p>
      )}
      <p>
        <Link to={focalPointsPath(documentId)}>{role === 'Coordinator' ? t('focalPoints.manageLink') : t('focalPoints.link')}</Link>
      </p>
      {newestFirst.length === 0 && <p className="empty">{t('roundAdmin.noRounds')}</p>}
      {newestFirst.map((round) => (
        <section key={round.id} className="round-summary" aria-labelledby={`round-summary-${round.id}`}>
          <h3 id={`round-summary-${round.id}`}>{round.title}</h3>
          <p>{t('roundAdmin.phase', { phase: labels.phase(round.phase) })}</p>
          <RoundDeadline round={round} />
          <ul className="round-links">
            {round.questions.length > 0 && (
              <li>
                <Link to={questionsPath(documentId, round.id)}>{t('questions.link', { count: round.questions.length })}</Link>
              </li>
            )}
            <li>
              <Link to={matrixPath(documentId, round.id)}>{t('consultation.banner.matrixLink')}</Link>
            </li>
          </ul>
          <RoundControls documentId={documentId} round={round} role={role} onChanged={onChanged} />
        </section>
      ))}
    </div>
  );
}
