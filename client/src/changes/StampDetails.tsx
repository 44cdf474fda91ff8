import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Stamp } from '../api/redlineTypes';
import { DateTime } from '../components/DateTime';
import { useConsultationLabels } from '../consultation/labels';
import { threadLink } from './changesLinks';

/** The document the redline belongs to, for links to the threads behind its changes. */
export const RedlineDocumentContext = createContext<string>('');

/** Author, organisation, date and message of the version that made a change, and the decision behind it. */
export function StampDetails({ stamp, id, shown }: { stamp: Stamp; id: string; shown: boolean }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const documentId = useContext(RedlineDocumentContext);
  return (
    <span className="change-stamp" id={id} hidden={!shown}>
      <span className="change-stamp-line">
        {stamp.organisation !== undefined && stamp.organisation !== ''
          ? t('changes.stamp.byline', { name: stamp.authorName, organisation: stamp.organisation })
          : t('changes.stamp.bylineNoOrganisation', { name: stamp.authorName })}{' '}
        <DateTime iso={stamp.when} />
      </span>
      {stamp.message !== '' && <span className="change-stamp-line change-stamp-message">“{stamp.message}”</span>}
      {stamp.reason !== undefined && (
        <span className="change-stamp-line">
          {t('changes.stamp.reason', {
            disposition: labels.disposition(stamp.reason.disposition),
            organisation: stamp.reason.organisationName,
          })}{' '}
          <Link to={threadLink(documentId, stamp.reason.threadId)}>{t('changes.stamp.seeComment')}</Link>
        </span>
      )}
    </span>
  );
}
