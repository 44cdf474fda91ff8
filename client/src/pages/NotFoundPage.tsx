import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AppShell } from '../components/AppShell';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <main id="main" tabIndex={-1} className="page page-narrow">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.message')}</p>
        <p>
          <Link to="/">{t('notFound.backToDocuments')}</Link>
        </p>
      </main>
    </AppShell>
  );
}
