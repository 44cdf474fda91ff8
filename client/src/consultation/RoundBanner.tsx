import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Round } from '../api/types';
import { formattingLocale, parseDate } from '../format/dates';
import { deadlineTexts } from './deadline';
import { useConsultationLabels } from './labels';
import { questionsPath } from '../rounds/paths';
import { matrixPath } from './rounds';

/** Announces a scheduled or open consultation round above the document; `children` are shown below it (e.g. a coordinator's controls). */
export function RoundBanner({ documentId, round, children }: { documentId: string; round: Round; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const labels = useConsultationLabels();
  const locale = formattingLocale(i18n.language, typeof navigator === 'undefined' ? [] : navigator.languages);
  const closes = parseDate(round.closes);
  const deadline = closes === null ? null : deadlineTexts(closes, locale, round.timeZone);
  return (
    <section className="round-banner" aria-labelledby="round-banner-title">
      <p className="round-banner-phase">{t('consultation.banner.phase', { phase: labels.phase(round.phase) })}</p>
      <h2 id="round-banner-title" className="round-banner-title">
        {round.title}
      </h2>
      <p>
        {t('consultation.banner.due')}{' '}
        <time dateTime={round.closes}>{deadline?.inRoundZone ?? round.closes}</time>
        {deadline?.inReaderZone != null && (
          <span className="round-banner-local"> {t('consultation.banner.yourTime', { time: deadline.inReaderZone })}</span>
        )}
      </p>
      <p>
        <Link to={matrixPath(documentId, round.id)}>{t('consultation.banner.matrixLink')}</Link>
      </p>
      {round.questions.length > 0 && (
        <p>
          <Link to={questionsPath(documentId, round.id)}>{t('questions.link', { count: round.questions.length })}</Link>
        </p>
      )}
      {children}
    </section>
  );
}
