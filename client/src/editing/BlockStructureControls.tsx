import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import type { StructureHooks } from './BlockEditingContext';
import { useBlockKindLabel } from './labels';
import { blockPreview, canMergeWithNext, moveTarget } from './structure';

/** Marks a structure control so that focus can find it again after the document reloads. */
export const controlKey = (blockId: string | null, control: string) => `${blockId ?? 'top'}:${control}`;

/**
 * A block's Arrange button, which shows its structure buttons: add after it, move it up or down, join it with the
 * next, delete it. One block shows them at a time, so that a long document does not carry hundreds of buttons.
 */
export function BlockStructureControls({ block, structure }: { block: Block; structure: StructureHooks }) {
  const { t } = useTranslation();
  const kindLabel = useBlockKindLabel();
  const names = { kind: kindLabel(block), preview: blockPreview(block) };
  const canMoveUp = moveTarget(structure.blocks, block.id, 'up') !== undefined;
  const canMoveDown = moveTarget(structure.blocks, block.id, 'down') !== undefined;
  const canMerge = canMergeWithNext(structure.blocks, block.id);
  const inserting = structure.insertingAfter === block.id;
  const arranging = structure.arrangingBlockId === block.id;
  return (
    <>
      <button
        type="button"
        className="button button-quiet block-edit-open"
        aria-label={t('editing.structure.arrangeLabel', names)}
        aria-expanded={arranging}
        data-structure-control={controlKey(block.id, 'arrange')}
        onClick={() => structure.toggleArrange(block.id)}
      >
        {t('editing.structure.arrange')}
      </button>
      {arranging && (
        <span className="block-structure" role="group" aria-label={t('editing.structure.group', names)}>
          <button
            type="button"
            className="button button-quiet block-edit-open"
            aria-label={t('editing.structure.addAfterLabel', names)}
            aria-expanded={inserting}
            data-structure-control={controlKey(block.id, 'add')}
            disabled={structure.busy}
            onClick={() => structure.openInsert(block.id)}
          >
            {t('editing.structure.addAfter')}
          </button>
          <button
            type="button"
            className="button button-quiet block-edit-open"
            aria-label={t('editing.structure.moveUpLabel', names)}
            data-structure-control={controlKey(block.id, 'up')}
            disabled={structure.busy || !canMoveUp}
            onClick={() => structure.move(block, 'up')}
          >
            {t('editing.structure.moveUp')}
          </button>
          <button
            type="button"
            className="button button-quiet block-edit-open"
            aria-label={t('editing.structure.moveDownLabel', names)}
            data-structure-control={controlKey(block.id, 'down')}
            disabled={structure.busy || !canMoveDown}
            onClick={() => structure.move(block, 'down')}
          >
            {t('editing.structure.moveDown')}
          </button>
          {canMerge && (
            <button
              type="button"
              className="button button-quiet block-edit-open"
              aria-label={t('editing.structure.mergeLabel', names)}
              data-structure-control={controlKey(block.id, 'merge')}
              disabled={structure.busy}
              onClick={() => structure.mergeWithNext(block)}
            >
              {t('editing.structure.merge')}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet block-edit-open"
            aria-label={t('editing.structure.deleteLabel', names)}
            data-structure-control={controlKey(block.id, 'delete')}
            disabled={structure.busy}
            onClick={() => structure.requestDelete(block)}
          >
            {t('editing.structure.delete')}
          </button>
        </span>
      )}
      {inserting && structure.inserter(block.id)}
    </>
  );
}
