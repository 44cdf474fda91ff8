import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../api/types';
import { Dialog } from '../components/Dialog';
import { paragraphGroups } from './paragraphChoices';

interface ParagraphChooserProps {
  open: boolean;
  blocks: readonly Block[];
  onChoose(blockId: string): void;
  onClose(): void;
}

/** Choose a whole paragraph, list item, heading or table to comment on, from a list grouped by section. */
export function ParagraphChooser({ open, blocks, onChoose, onClose }: ParagraphChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const groups = useMemo(() => paragraphGroups(blocks), [blocks]);
  const [chosen, setChosen] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen !== '') onChoose(chosen);
  };
  return (
    <Dialog open={open} title={t('consultation.comment.chooseTitle')} onClose={onClose}>
      <form onSubmit={submit} className="paragraph-chooser">
        <p id={`${id}-hint`}>{t('consultation.comment.chooseHint')}</p>
        <label htmlFor={`${id}-block`}>{t('consultation.comment.chooseLabel')}</label>
        <select data-initial-focus id={`${id}-block`} aria-describedby={`${id}-hint`} value={chosen} onChange={(event) => setChosen(event.target.value)} required>
          <option value="">{t('consultation.comment.choosePlaceholder')}</option>
          {groups.map((group, index) => (
            <optgroup key={group.heading ?? `start-${index}`} label={group.heading ?? t('consultation.comment.beforeFirstHeading')}>
              {group.choices.map((choice) => (
                <option key={choice.blockId} value={choice.blockId}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={chosen === ''}>
            {t('consultation.comment.chooseConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
