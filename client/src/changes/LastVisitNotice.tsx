import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getVisit, putVisit } from '../api/redlineEndpoints';
import type { Visit } from '../api/redlineTypes';
import { changesLink } from './changesModel';
import { changesSinceVisit, seenAfterMs } from './lastVisit';

/**
 * "Changes since your last visit": reads the version the person last saw and, after a few seconds with the current
 * version on the page, records it as seen. Failures change nothing on the page.
 */
export function LastVisitNotice({ documentId, headCommitId }: { documentId: string; headCommitId: string }) {
  const { t } = useTranslation();
  const [visit, setVisit] = useState<Visit | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    getVisit(documentId, controller.signal).then(
      (found) => setVisit(found ?? undefined),
      () => undefined,
    );
    return () => controller.abort();
  }, [documentId]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      putVisit(documentId, headCommitId).catch(() => undefined);
    }, seenAfterMs);
    return () => window.clearTimeout(timer);
  }, [documentId, headCommitId]);

  const since = changesSinceVisit(visit, headCommitId);
  if (since === null) return null;
  return (
    <div className="banner last-visit-notice" role="note">
      <p>
        {t('changes.lastVisit.notice')} <Link to={changesLink(documentId, { from: since })}>{t('changes.lastVisit.link')}</Link>
      </p>
    </div>
  );
}
