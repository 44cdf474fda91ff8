import { useTranslation } from 'react-i18next';

/** "120 of 10,000 characters", marked when over the limit (by words, not colour alone). */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t } = useTranslation();
  const over = length > max;
  return (
    <p className={over ? 'field-count field-count-over' : 'field-count'} id={id}>
      {over ? t('consultation.comment.countOver', { count: length, max }) : t('consultation.comment.count', { count: length, max })}
    </p>
  );
}
