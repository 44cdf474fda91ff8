import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getDocument } from '../api/endpoints';
import { listFocalPoints } from '../api/roundEndpoints';
import { AppShell } from '../components/AppShell';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { documentLink } from '../reader/versionLinks';
import { FocalPointsEditor } from '../rounds/FocalPointsEditor';
import { FocalPointsTable } from '../rounds/FocalPointsTable';
import '../rounds/rounds.css';

function FocalPoints({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const view = useAsync((signal) => getDocument(documentId, undefined, signal), [documentId]);
  const register = useAsync((signal) => listFocalPoints(documentId, signal), [documentId]);
  useDocumentTitle(t('focalPoints.title'));
  const failed = [view.state, register.state].find((state) => state.status === 'error');
  const coordinator = view.state.status === 'ready' && view.state.data.role === 'Coordinator';
  return (
    <main id="main" tabIndex={-1} className="page page-narrow">
      <p>
        <Link to={documentLink(documentId)}>{t('roundAdmin.backToDocument')}</Link>
      </p>
      <h1>{t('focalPoints.title')}</h1>
      {view.state.status === 'ready' && <p className="doc-symbol">{view.state.data.title}</p>}
      <p>{t('focalPoints.intro')}</p>
      {failed !== undefined && failed.status === 'error' && <ProblemMessage error={failed.error} />}
      {failed === undefined && (view.state.status === 'loading' || register.state.status === 'loading') && <p role="status">{t('common.loading')}</p>}
      {view.state.status === 'ready' && register.state.status === 'ready' && (
        <>
          {register.state.data.length === 0 && <p className="empty">{t('focalPoints.none')}</p>}
          {register.state.data.map((organisation) =>
            coordinator ? (
              <FocalPointsEditor key={organisation.organisationId} documentId={documentId} organisation={organisation} />
            ) : (
              <FocalPointsTable key={organisation.organisationId} organisation={organisation} />
            ),
          )}
        </>
      )}
    </main>
  );
}

export function FocalPointsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <FocalPoints key={id} documentId={id} />
    </AppShell>
  );
}
