import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadVersion } from '../api/endpoints';
import type { CreatedVersion } from '../api/types';
import { Dialog } from '../components/Dialog';
import { ImportReportView } from '../components/ImportReportView';
import { ProblemMessage } from '../components/ProblemMessage';
import { UploadProgress } from '../components/UploadProgress';
import { WordFileField } from '../components/WordFileField';
import { useWordUpload } from '../components/useWordUpload';

interface UploadVersionDialogProps {
  documentId: string;
  open: boolean;
  onClose(): void;
  /** Called once the new version exists, so the reader can show it. */
  onUploaded(created: CreatedVersion): void;
}

interface UploadVersionFormProps extends Omit<UploadVersionDialogProps, 'open'> {
  onBusyChange(busy: boolean): void;
}

function UploadVersionForm({ documentId, onClose, onUploaded, onBusyChange }: UploadVersionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { fileProblem, stage, uploading, chooseFile, submit } = useWordUpload<CreatedVersion>({
    send: (file, onProgress) => uploadVersion(documentId, file, onProgress),
    onDone: onUploaded,
    onBusyChange,
  });

  if (stage.step === 'done')
    return (
      <div role="status">
        <p>{t('uploadVersion.done')}</p>
        <ImportReportView report={stage.created.report} documentId={documentId} onFollowLink={onClose} />
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('uploadVersion.readNewVersion')}
          </button>
        </div>
      </div>
    );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form">
      <p>{t('uploadVersion.intro')}</p>
      <WordFileField
        id={`${id}-file`}
        problem={fileProblem}
        disabled={uploading}
        onChange={chooseFile}
      />
      {stage.step === 'uploading' && <UploadProgress fraction={stage.fraction} />}
      {stage.step === 'failed' && <ProblemMessage error={stage.error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={uploading}>
          {t('uploadVersion.submit')}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={uploading}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Upload new version (.docx)": a modal with the file field, progress, errors and the import report. */
export function UploadVersionDialog({ open, ...formProps }: UploadVersionDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} title={t('uploadVersion.title')} onClose={formProps.onClose} busy={busy}>
      <UploadVersionForm {...formProps} onBusyChange={setBusy} />
    </Dialog>
  );
}
