import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { skipAnchorText } from '../consultation/anchorText';
import { useBlockKindLabel } from './labels';
import './editing.css';
import { useBlockEditingHooks } from './BlockEditingContext';
import { BlockStructureControls, controlKey } from './BlockStructureControls';
import { blockPreview } from './structure';
import { isEditableBlock } from './types';

/**
 * A block of the text with, for coordinators on the latest version, its Edit control, the notice that someone
 * else edits it, its structure controls, and its editor while this person edits it. Everything added stays out
 * of the anchor text.
 */
export function EditableBlock({ block, children }: { block: Block; children: ReactNode }) {
  const { t } = useTranslation();
  const kindLabel = useBlockKindLabel();
  const hooks = useBlockEditingHooks();
  if (hooks === null || !isEditableBlock(block)) return <>{children}</>;
  const others = hooks.editorsOf(block.id);
  const editingHere = hooks.canEdit && hooks.editingBlockId === block.id;
  if (others.length === 0 && !hooks.canEdit) return <>{children}</>;
  const kind = kindLabel(block);
  return (
    <>
      {children}
      <div className="block-edit" {...skipAnchorText}>
        {others.length > 0 && (
          <p className="block-edit-others">{t('editing.othersEditing', { names: others.join(', ') })}</p>
        )}
        {editingHere ? (
          hooks.editor(block)
        ) : (
          hooks.canEdit && (
            <div className="block-edit-controls">
              <button
                type="button"
                className="button button-quiet block-edit-open"
                aria-label={t('editing.editLabel', { kind, preview: blockPreview(block) })}
                data-structure-control={controlKey(block.id, 'edit')}
                onClick={() => hooks.start(block.id)}
              >
                {t('editing.edit')}
              </button>
              {hooks.structure !== undefined && <BlockStructureControls block={block} structure={hooks.structure} />}
            </div>
          )
        )}
      </div>
    </>
  );
}
