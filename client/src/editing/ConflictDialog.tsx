import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { combinedStartingText, type ConflictChoice } from './conflictChoices';
import type { EditConflict } from './types';

interface Props {
  conflict: EditConflict;
  /** "paragraph", "heading", … */
  kind: string;
  onResolve(choice: ConflictChoice): void;
}

/** Both texts side by side, the passages both changed, and the three ways out; it closes only by a choice. */
export function ConflictDialog({ conflict, kind, onResolve }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [combining, setCombining] = useState(false);
  const [combined, setCombined] = useState(() => combinedStartingText(conflict));
  return (
    <Dialog open title={t('editing.conflict.title', { kind })} onClose={() => undefined} busy>
      <p>{t('editing.conflict.intro', { kind })}</p>
      <div className="conflict-texts">
        <section aria-labelledby={`${id}-mine`}>
          <h3 id={`${id}-mine`}>{t('editing.conflict.mine')}</h3>
          <p className="conflict-text">{conflict.mine}</p>
        </section>
        <section aria-labelledby={`${id}-theirs`}>
          <h3 id={`${id}-theirs`}>{t('editing.conflict.theirs')}</h3>
          <p className="conflict-text">{conflict.theirs}</p>
        </section>
      </div>
      {conflict.regions.length > 0 && (
        <>
          <h3>{t('editing.conflict.regions')}</h3>
          <ul className="conflict-regions">
            {conflict.regions.map((region, index) => (
              <li key={index}>
                {t('editing.conflict.region', {
                  ancestor: region.ancestor === '' ? t('editing.conflict.nothing') : region.ancestor,
                  mine: region.mine === '' ? t('editing.conflict.nothing') : region.mine,
                  theirs: region.theirs === '' ? t('editing.conflict.nothing') : region.theirs,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {combining && (
        <div className="field">
          <label htmlFor={`${id}-combined`}>{t('editing.conflict.combinedLabel')}</label>
          <textarea id={`${id}-combined`} rows={5} value={combined} onChange={(event) => setCombined(event.target.value)} data-initial-focus />
        </div>
      )}
      <div className="form-actions">
        {combining ? (
          <button type="button" className="button button-primary" onClick={() => onResolve({ kind: 'combined', text: combined })}>
            {t('editing.conflict.saveCombined')}
          </button>
        ) : (
          <>
            <button type="button" className="button button-primary" onClick={() => onResolve({ kind: 'mine' })} data-initial-focus>
              {t('editing.conflict.keepMine')}
            </button>
            <button type="button" className="button" onClick={() => onResolve({ kind: 'theirs' })}>
              {t('editing.conflict.takeTheirs')}
            </button>
            <button type="button" className="button" onClick={() => setCombining(true)}>
              {t('editing.conflict.combine')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
