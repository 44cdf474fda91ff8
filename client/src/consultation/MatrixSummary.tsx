import { useTranslation } from 'react-i18next';
import type { CommentMatrix } from '../api/types';
import { useConsultationLabels } from './labels';

function Counts({ heading, counts, label }: { heading: string; counts: Record<string, number>; label(key: string): string }) {
  return (
    <section className="matrix-counts" aria-label={heading}>
      <h2>{heading}</h2>
      <dl>
        {Object.entries(counts).map(([key, count]) => (
          <div key={key} className="matrix-count">
            <dt>{label(key)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The matrix's counts of comments per organisation (by name) and per disposition. */
export function MatrixSummary({ matrix }: { matrix: Pick<CommentMatrix, 'byOrganisation' | 'byDisposition'> }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  return (
    <div className="matrix-summary">
      <Counts heading={t('matrix.byOrganisation')} counts={matrix.byOrganisation} label={(key) => key} />
      <Counts heading={t('matrix.byDisposition')} counts={matrix.byDisposition} label={(key) => labels.disposition(key)} />
    </div>
  );
}
