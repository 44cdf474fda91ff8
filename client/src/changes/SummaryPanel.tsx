import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BlockChange, SummaryView } from '../api/redlineTypes';
import { useConsultationLabels } from '../consultation/labels';
import { threadLink } from './changesLinks';

function useChangeName() {
  const { t } = useTranslation();
  return (change: BlockChange) =>
    ({
      Unchanged: t('changes.summary.change.changed'),
      Changed: t('changes.summary.change.changed'),
      Inserted: t('changes.summary.change.inserted'),
      Deleted: t('changes.summary.change.deleted'),
      MovedAway: t('changes.summary.change.moved'),
      MovedHere: t('changes.summary.change.moved'),
    })[change];
}

/** The annex of a revised draft: counts per section and per organisation, and every change with its reasons. */
export function SummaryPanel({ documentId, summary }: { documentId: string; summary: SummaryView }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const changeName = useChangeName();
  return (
    <div className="redline-summary">
      <p className="print-only">
        {t('changes.summary.printHeading', { from: summary.from.message, to: summary.to.message })}
      </p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('changes.summary.print')}
      </button>
      <h3 id="summary-sections">{t('changes.summary.sections')}</h3>
      {summary.sections.length === 0 ? (
        <p className="empty">{t('changes.none')}</p>
      ) : (
        <table className="data-table" aria-labelledby="summary-sections">
          <thead>
            <tr>
              <th scope="col">{t('changes.summary.section')}</th>
              <th scope="col">{t('changes.summary.changed')}</th>
              <th scope="col">{t('changes.summary.added')}</th>
              <th scope="col">{t('changes.summary.deleted')}</th>
              <th scope="col">{t('changes.summary.moved')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.sections.map((section) => (
              <tr key={section.sectionId ?? ''}>
                <th scope="row">{section.title === '' ? t('changes.summary.beforeFirstHeading') : section.title}</th>
                <td>{section.changed}</td>
                <td>{section.added}</td>
                <td>{section.deleted}</td>
                <td>{section.moved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="summary-organisations">{t('changes.summary.organisations')}</h3>
      {summary.organisations.length === 0 ? (
        <p className="empty">{t('changes.summary.noAcceptedProposals')}</p>
      ) : (
        <ul aria-labelledby="summary-organisations">
          {summary.organisations.map((organisation) => (
            <li key={organisation.organisationName}>
              {t('changes.summary.acceptedProposals', {
                organisation: organisation.organisationName,
                count: organisation.acceptedProposals,
              })}
            </li>
          ))}
        </ul>
      )}
      <h3 id="summary-changes">{t('changes.summary.changes')}</h3>
      <ol className="redline-summary-changes" aria-labelledby="summary-changes">
        {summary.changes.map((entry) => (
          <li key={`${entry.blockId}-${entry.change}`}>
            <p>
              <strong>{changeName(entry.change)}</strong>: {entry.preview}
            </p>
            {entry.by.length > 0 && (
              <p className="history-meta">
                {t('changes.summary.by', {
                  names: [...new Set(entry.by.map((stamp) => (stamp.organisation ? `${stamp.authorName} (${stamp.organisation})` : stamp.authorName)))].join(', '),
                })}
              </p>
            )}
            {entry.reasons.map((reason) => (
              <p key={reason.threadId} className="history-meta">
                {t('changes.stamp.reason', { disposition: labels.disposition(reason.disposition), organisation: reason.organisationName })}{' '}
                <Link to={threadLink(documentId, reason.threadId)}>{t('changes.stamp.seeComment')}</Link>
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
