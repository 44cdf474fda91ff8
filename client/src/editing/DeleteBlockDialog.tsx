import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { Dialog } from '../components/Dialog';
import { useBlockKindLabel } from './labels';
import { blockPreview } from './structure';

const confirmationPreviewLength = 120;

interface Props {
  /** The block to delete; null when the dialog is closed. */
  block: Block | null;
  busy: boolean;
  onConfirm(block: Block): void;
  onClose(): void;
}

/** Asks before a block is deleted, showing the start of its text; the earlier versions keep it. */
export function DeleteBlockDialog({ block, busy, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const kindLabel = useBlockKindLabel();
  const kind = block === null ? '' : kindLabel(block);
  const preview = block === null ? '' : blockPreview(block, confirmationPreviewLength);
  return (
    <Dialog open={block !== null} title={t('editing.structure.deleteTitle', { kind })} onClose={onClose} busy={busy}>
      {block !== null && (
        <>
          <p>{t('editing.structure.deleteIntro', { kind })}</p>
          <blockquote className="delete-block-preview">{preview === '' ? t('editing.structure.noText') : preview}</blockquote>
          <p>{t('editing.structure.deleteHistory')}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger" disabled={busy} onClick={() => onConfirm(block)}>
              {t('editing.structure.deleteConfirm', { kind })}
            </button>
            <button type="button" className="button" onClick={onClose} disabled={busy} data-initial-focus>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
