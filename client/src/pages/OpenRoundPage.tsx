import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { getDocument, listTags } from '../api/endpoints';
import { listOrganisations } from '../api/roundEndpoints';
import { AppShell } from '../components/AppShell';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { documentLink } from '../reader/versionLinks';
import { sectionChoices } from '../rounds/headings';
import { OpenRoundForm } from '../rounds/OpenRoundForm';

function OpenRound({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const document = useAsync((signal) => getDocument(documentId, undefined, signal), [documentId]);
  const tags = useAsync((signal) => listTags(documentId, signal), [documentId]);
  const organisations = useAsync((signal) => listOrganisations(signal), []);
  const view = document.state.status === 'ready' ? document.state.data : null;
  const sections = useMemo(() => (view === null ? [] : sectionChoices(view.blocks)), [view]);
  useDocumentTitle(t('roundAdmin.title'));

  return (
    <main id="main" tabIndex={-1} className="page page-narrow">
      <p>
        <Link to={documentLink(documentId)}>{t('roundAdmin.backToDocument')}</Link>
      </p>
      <h1>{t('roundAdmin.title')}</h1>
      {view !== null && <p className="doc-symbol">{view.title}</p>}
      {(document.state.status === 'loading' || tags.state.status === 'loading') && <p role="status">{t('common.loading')}</p>}
      {document.state.status === 'error' && <ProblemMessage error={document.state.error} onRetry={document.reload} />}
      {tags.state.status === 'error' && <ProblemMessage error={tags.state.error} onRetry={tags.reload} />}
      {view !== null && view.role !== 'Coordinator' && <p>{t('roundAdmin.coordinatorsOnly')}</p>}
      {view !== null && view.role === 'Coordinator' && tags.state.status === 'ready' && (
        <OpenRoundForm
          documentId={documentId}
          tags={tags.state.data}
          sections={sections}
          organisations={organisations.state}
          onOpened={() => navigate(documentLink(documentId))}
        />
      )}
    </main>
  );
}

export function OpenRoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <OpenRound key={id} documentId={id} />
    </AppShell>
  );
}
