import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to "<page> – VA Drafting". */
export function useDocumentTitle(pageTitle: string | null): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === null || pageTitle === '' ? appName : `${pageTitle} – ${appName}`;
  }, [pageTitle, appName]);
}
