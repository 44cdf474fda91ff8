import { useTranslation } from 'react-i18next';
import { wordFileAccept, type WordFileProblem } from '../document/wordFile';

interface WordFileFieldProps {
  id: string;
  problem: WordFileProblem | null;
  disabled: boolean;
  onChange(file: File | null): void;
}

/** The .docx file input with its label, hint and validation message. */
export function WordFileField({ id, problem, disabled, onChange }: WordFileFieldProps) {
  const { t } = useTranslation();
  const messages: Record<WordFileProblem, string> = {
    missing: t('upload.fileMissing'),
    notDocx: t('upload.fileNotDocx'),
    empty: t('upload.fileEmpty'),
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('upload.fileLabel')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('upload.fileHint')}
      </p>
      <input
        id={id}
        name="file"
        type="file"
        accept={wordFileAccept}
        disabled={disabled}
        aria-describedby={problem === null ? `${id}-hint` : `${id}-hint ${id}-error`}
        aria-invalid={problem !== null}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
      {problem !== null && (
        <p className="field-error" id={`${id}-error`}>
          {messages[problem]}
        </p>
      )}
    </div>
  );
}
