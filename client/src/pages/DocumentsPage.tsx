import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listDocuments } from '../api/endpoints';
import type { DocumentSummary } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { AppShell } from '../components/AppShell';
import { DateTime } from '../components/DateTime';
import { useRoleLabel } from '../components/labels';
import { ProblemMessage } from '../components/ProblemMessage';
import { ImportDocumentForm } from '../documents/ImportDocumentForm';
import { canImportDocuments } from '../documents/permissions';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

function DocumentTable({ documents }: { documents: DocumentSummary[] }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (documents.length === 0) return <p className="empty">{t('documents.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="documents-heading" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('documents.columnTitle')}</th>
            <th scope="col">{t('documents.columnSymbol')}</th>
            <th scope="col">{t('documents.columnRole')}</th>
            <th scope="col">{t('documents.columnLastChange')}</th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row">
                <Link to={`/documents/${encodeURIComponent(document.id)}`}>{document.title}</Link>
              </th>
              <td>{document.symbol}</td>
              <td>{roleLabel(document.role)}</td>
              <td>
                <span className="last-change-who">
                  {document.head.organisation
                    ? t('documents.changedBy', {
                        name: document.head.authorName,
                        organisation: document.head.organisation,
                      })
                    : document.head.authorName}
                </span>
                <br />
                <DateTime iso={document.head.when} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DocumentsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  useDocumentTitle(t('documents.title'));
  const { state, reload } = useAsync((signal) => listDocuments(signal), []);

  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <main id="main" tabIndex={-1} className="page">
        <h1 id="documents-heading">{t('documents.title')}</h1>
        {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
        {state.status === 'error' && (
          <ProblemMessage error={state.error} onRetry={reload} />
        )}
        {state.status === 'ready' && (
          <>
            <DocumentTable documents={state.data} />
            {canImportDocuments(me, state.data) && <ImportDocumentForm onImported={reload} />}
          </>
        )}
      </main>
    </AppShell>
  );
}
