import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatrixRow } from '../api/types';
import { anchorNeedsBadge } from './rounds';
import { useConsultationLabels } from './labels';
import { ProposedChange } from './ProposedChange';

/** The comment matrix: one row per comment in document order; all text shown as plain text. */
export function MatrixTable({ documentId, rows, caption }: { documentId: string; rows: readonly MatrixRow[]; caption: string }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  return (
    <div className="table-scroll" role="region" aria-label={t('matrix.tableRegion')} tabIndex={0}>
      <table className="data-table matrix-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.columnNumber')}</th>
            <th scope="col">{t('matrix.columnOrganisation')}</th>
            <th scope="col">{t('matrix.columnSection')}</th>
            <th scope="col">{t('matrix.columnType')}</th>
            <th scope="col">{t('matrix.columnComment')}</th>
            <th scope="col">{t('matrix.columnProposal')}</th>
            <th scope="col">{t('matrix.columnResponse')}</th>
            <th scope="col">{t('matrix.columnDisposition')}</th>
            <th scope="col">{t('matrix.columnStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.threadId}>
              <th scope="row">{row.number}</th>
              <td>{row.organisationName ?? row.organisationId ?? ''}</td>
              <td>
                {row.sectionHeading != null && <span className="matrix-section">{row.sectionHeading}</span>}
                <Link to={`/documents/${encodeURIComponent(documentId)}#${encodeURIComponent(row.blockId)}`} className="matrix-quote">
                  <q>{row.quote}</q>
                </Link>
                {anchorNeedsBadge(row.anchorStatus) && (
                  <span className="badge badge-warning">{labels.anchor(row.anchorStatus)}</span>
                )}
              </td>
              <td>{labels.type(row.type)}</td>
              <td className="matrix-text">{row.comment}</td>
              <td>{row.proposedChange != null && <ProposedChange oldText={row.quote} newText={row.proposedChange} />}</td>
              <td className="matrix-text">{row.response ?? ''}</td>
              <td>{row.disposition == null ? labels.disposition('Undecided') : labels.disposition(row.disposition)}</td>
              <td>{labels.status(row.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
