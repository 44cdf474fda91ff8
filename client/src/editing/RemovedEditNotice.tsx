import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemovedEdit } from './useRemovedEdits';

interface Props {
  edit: RemovedEdit;
  /** A structure change is on its way. */
  busy: boolean;
  onAddBack(edit: RemovedEdit): void;
  onDiscard(edit: RemovedEdit): void;
}

/** Says that the block being edited was removed by someone else, and keeps the unsaved text until the person decides. */
export function RemovedEditNotice({ edit, busy, onAddBack, onDiscard }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="alert" className="removed-edit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('editing.removed.title')}
      </h2>
      <p>{t('editing.removed.intro')}</p>
      <label htmlFor={`${id}-text`}>{t('editing.removed.textLabel')}</label>
      <textarea id={`${id}-text`} className="removed-edit-text" readOnly rows={4} value={edit.text} />
      <div className="removed-edit-actions">
        <button type="button" className="button" disabled={busy} onClick={() => onAddBack(edit)}>
          {t('editing.removed.addBack')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDiscard(edit)}>
          {t('editing.removed.discard')}
        </button>
      </div>
    </section>
  );
}
