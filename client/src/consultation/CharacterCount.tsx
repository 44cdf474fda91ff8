import { useTranslation } from 'react-i18next';

/** "120 of 10,000 characters", marked when over the limit (by words, not colour alone). */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  const values = { length: format.format(length), max: format.format(max) };
  return (
    <p className={length > max ? 'field-count field-count-over' : 'field-count'} id={id}>
      {length > max ? t('consultation.comment.countOver', values) : t('consultation.comment.count', values)}
    </p>
  );
}
