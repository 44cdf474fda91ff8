import { useTranslation } from 'react-i18next';

/** A proposed replacement as plain text: the quoted passage struck out, then the new wording (none: a deletion). */
export function ProposedChange({ oldText, newText }: { oldText: string; newText: string }) {
  const { t } = useTranslation();
  return (
    <p className="proposed-change">
      <del>
        <span className="visually-hidden">{t('consultation.deleted')} </span>
        {oldText}
      </del>{' '}
      {newText === '' ? (
        <span className="proposed-change-deletion">{t('consultation.deletionOnly')}</span>
      ) : (
        <>
          <span aria-hidden="true">→</span>{' '}
          <ins>
            <span className="visually-hidden">{t('consultation.inserted')} </span>
            {newText}
          </ins>
        </>
      )}
    </p>
  );
}
