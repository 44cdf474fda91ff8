import { useTranslation } from 'react-i18next';

/** Upload progress, then "Importing…" while the server reads the file. */
export function UploadProgress({ fraction }: { fraction: number }) {
  const { t } = useTranslation();
  const percent = Math.round(Math.min(Math.max(fraction, 0), 1) * 100);
  const uploading = percent < 100;
  return (
    <div className="upload-progress" role="status">
      <progress max={100} value={uploading ? percent : undefined} aria-label={t('upload.progressLabel')} />
      <span>{uploading ? t('upload.uploading', { percent }) : t('upload.processing')}</span>
    </div>
  );
}
