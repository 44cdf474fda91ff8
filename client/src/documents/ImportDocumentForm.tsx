import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { importDocument } from '../api/endpoints';
import type { CreatedDocument } from '../api/types';
import { ImportReportView } from '../components/ImportReportView';
import { ProblemMessage } from '../components/ProblemMessage';
import { UploadProgress } from '../components/UploadProgress';
import { WordFileField } from '../components/WordFileField';
import { checkWordFile, type WordFileProblem } from '../document/wordFile';

type Stage =
  | { step: 'editing' }
  | { step: 'uploading'; fraction: number }
  | { step: 'failed'; error: unknown }
  | { step: 'done'; created: CreatedDocument; title: string | null };

/** "Import a Word document": uploads a .docx as a new document and shows the import report. */
export function ImportDocumentForm({ onImported }: { onImported(created: CreatedDocument): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [fileProblem, setFileProblem] = useState<WordFileProblem | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'editing' });
  const [formKey, setFormKey] = useState(0);
  const uploading = stage.step === 'uploading';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkWordFile(file);
    setFileProblem(problem);
    if (problem !== null || file === null) return;
    setStage({ step: 'uploading', fraction: 0 });
    try {
      const created = await importDocument(file, title, (fraction) => setStage({ step: 'uploading', fraction }));
      setStage({ step: 'done', created, title: title.trim() === '' ? null : title.trim() });
      setFile(null);
      setTitle('');
      setFormKey((k) => k + 1);
      onImported(created);
    } catch (error) {
      setStage({ step: 'failed', error });
    }
  };

  return (
    <section className="import-document" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <form key={formKey} onSubmit={(event) => void submit(event)} noValidate className="form">
        <WordFileField
          id={`${id}-file`}
          problem={fileProblem}
          disabled={uploading}
          onChange={(chosen) => {
            setFile(chosen);
            setFileProblem(null);
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('import.titleLabel')}</label>
          <p className="field-hint" id={`${id}-title-hint`}>
            {t('import.titleHint')}
          </p>
          <input
            id={`${id}-title`}
            name="title"
            type="text"
            value={title}
            maxLength={300}
            disabled={uploading}
            aria-describedby={`${id}-title-hint`}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={uploading}>
            {t('import.submit')}
          </button>
        </div>
      </form>
      {stage.step === 'uploading' && <UploadProgress fraction={stage.fraction} />}
      {stage.step === 'failed' && <ProblemMessage error={stage.error} />}
      {stage.step === 'done' && (
        <div className="import-result" role="status">
          <p>
            {t('import.done')}{' '}
            <Link to={`/documents/${encodeURIComponent(stage.created.id)}`}>
              {stage.title === null ? t('import.openNewDocument') : t('import.openDocument', { title: stage.title })}
            </Link>
          </p>
          <ImportReportView report={stage.created.report} documentId={stage.created.id} />
        </div>
      )}
    </section>
  );
}
