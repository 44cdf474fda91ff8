import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/types';
import { useContentKindLabel } from './labels';

/** What the Word import did: counts, what it could not import (with links to the placeholders), warnings. */
interface ImportReportViewProps {
  report: ImportReport;
  documentId: string;
  /** Called when a link to the document is followed (e.g. to close the dialog showing the report). */
  onFollowLink?: () => void;
}

export function ImportReportView({ report, documentId, onFollowLink }: ImportReportViewProps) {
  const { t } = useTranslation();
  const kindLabel = useContentKindLabel();
  return (
    <section className="import-report" aria-label={t('importReport.title')}>
      <h3 className="import-report-title">{t('importReport.title')}</h3>
      <dl className="import-report-counts">
        <div>
          <dt>{t('importReport.blocks')}</dt>
          <dd>{report.blockCount}</dd>
        </div>
        <div>
          <dt>{t('importReport.footnotes')}</dt>
          <dd>{report.footnoteCount}</dd>
        </div>
      </dl>
      {report.unsupported.length === 0 ? (
        <p>{t('importReport.everythingImported')}</p>
      ) : (
        <>
          <h4>{t('importReport.unsupportedHeading', { count: report.unsupported.length })}</h4>
          <ul className="import-report-list">
            {report.unsupported.map((item, index) => (
              <li key={`${item.blockId ?? 'none'}-${index}`}>
                <span className="badge badge-warning">{kindLabel(item.kind)}</span> {item.description}
                {item.blockId !== null && item.blockId !== '' && (
                  <>
                    {' '}
                    <Link
                      to={`/documents/${encodeURIComponent(documentId)}#${encodeURIComponent(item.blockId)}`}
                      onClick={onFollowLink}
                    >
                      {t('importReport.showInDocument')}
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>{t('importReport.warningsHeading', { count: report.warnings.length })}</h4>
          <ul className="import-report-list">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
