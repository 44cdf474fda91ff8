import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { importDocument } from '../api/endpoints';
import type { CreatedDocument } from '../api/types';
import { ImportReportView } from '../components/ImportReportView';
import { ProblemMessage } from '../components/ProblemMessage';
import { UploadProgress } from '../components/UploadProgress';
import { WordFileField } from '../components/WordFileField';
import { useWordUpload } from '../components/useWordUpload';

/** "Import a Word document": uploads a .docx as a new document and shows the import report. */
export function ImportDocumentForm({ onImported }: { onImported(created: CreatedDocument): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [importedTitle, setImportedTitle] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const { fileProblem, stage, uploading, chooseFile, submit } = useWordUpload<CreatedDocument>({
    send: (file, onProgress) => importDocument(file, title, onProgress),
    onDone: (created) => {
      setImportedTitle(title.trim() === '' ? null : title.trim());
      chooseFile(null);
      setTitle('');
      setFormKey((k) => k + 1);
      onImported(created);
    },
  });

  return (
    <section className="import-document" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <form key={formKey} onSubmit={(event) => void submit(event)} noValidate className="form">
        <WordFileField
          id={`${id}-file`}
          problem={fileProblem}
          disabled={uploading}
          onChange={chooseFile}
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
              {importedTitle === null ? t('import.openNewDocument') : t('import.openDocument', { title: importedTitle })}
            </Link>
          </p>
          <ImportReportView report={stage.created.report} documentId={stage.created.id} />
        </div>
      )}
    </section>
  );
}
