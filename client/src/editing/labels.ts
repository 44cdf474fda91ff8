import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';

/** The word for a block in edit mode: "paragraph", "heading", … */
export function useBlockKindLabel(): (block: Block) => string {
  const { t } = useTranslation();
  return (block) => {
    switch (block.type) {
      case 'heading':
        return t('editing.kind.heading');
      case 'listItem':
        return t('editing.kind.listItem');
      case 'quote':
        return t('editing.kind.quote');
      default:
        return t('editing.kind.paragraph');
    }
  };
}
