import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createTag } from '../api/endpoints';
import type { Tag, VersionInfo } from '../api/types';
import { DateTime } from '../components/DateTime';
import { Dialog } from '../components/Dialog';
import { ProblemMessage } from '../components/ProblemMessage';

interface CirculateDialogProps {
  documentId: string;
  version: VersionInfo;
  open: boolean;
  onClose(): void;
  onCirculated(tag: Tag): void;
}

function CirculateForm({ documentId, version, onClose, onCirculated, onBusyChange }: Omit<CirculateDialogProps, 'open'> & { onBusyChange(busy: boolean): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [labelMissing, setLabelMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') {
      setLabelMissing(true);
      return;
    }
    setSaving(true);
    onBusyChange(true);
    setError(null);
    try {
      const tag = await createTag(documentId, { label: label.trim(), note: note.trim(), version: version.commitId });
      onCirculated(tag);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
      onBusyChange(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="form">
      <div className="circulate-version">
        <p className="circulate-version-label">{t('circulate.versionLabel')}</p>
        <p>
          {version.message === '' ? t('history.noMessage') : version.message}
          <br />
          <span className="history-meta">
            {version.organisation
              ? t('history.byline', { name: version.authorName, organisation: version.organisation })
              : version.authorName}
            ,{' '}
            <DateTime iso={version.when} />
          </span>
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('circulate.labelLabel')}</label>
        <p className="field-hint" id={`${id}-label-hint`}>
          {t('circulate.labelHint')}
        </p>
        <input
          id={`${id}-label`}
          type="text"
          required
          maxLength={200}
          value={label}
          disabled={saving}
          aria-invalid={labelMissing}
          aria-describedby={labelMissing ? `${id}-label-hint ${id}-label-error` : `${id}-label-hint`}
          onChange={(event) => {
            setLabel(event.target.value);
            setLabelMissing(false);
          }}
        />
        {labelMissing && (
          <p className="field-error" id={`${id}-label-error`}>
            {t('circulate.labelMissing')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('circulate.noteLabel')}</label>
        <textarea
          id={`${id}-note`}
          rows={4}
          maxLength={2000}
          value={note}
          disabled={saving}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('circulate.saving') : t('circulate.submit')}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Circulate this version": names the viewed version (an annotated tag) with a label and a note. */
export function CirculateDialog({ open, ...formProps }: CirculateDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} title={t('circulate.title')} onClose={formProps.onClose} busy={busy}>
      <CirculateForm {...formProps} onBusyChange={setBusy} />
    </Dialog>
  );
}
