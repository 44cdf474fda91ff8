import { useTranslation } from 'react-i18next';
import type { DocumentRole } from '../api/types';

export function useRoleLabel(): (role: DocumentRole) => string {
  const { t } = useTranslation();
  const labels: Record<DocumentRole, string> = {
    Coordinator: t('role.coordinator'),
    Contributor: t('role.contributor'),
    Observer: t('role.observer'),
  };
  return (role) => labels[role] ?? role;
}

/** Names of the kinds of content the Word import keeps as placeholders; unknown kinds show as sent. */
export function useContentKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  const labels: Record<string, string> = {
    image: t('contentKind.image'),
    textbox: t('contentKind.textbox'),
    field: t('contentKind.field'),
    object: t('contentKind.object'),
    chart: t('contentKind.chart'),
    equation: t('contentKind.equation'),
  };
  return (kind) => labels[kind.toLowerCase()] ?? kind;
}
