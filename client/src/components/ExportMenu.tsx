import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedFile } from '../api/http';
import { ProblemMessage } from './ProblemMessage';

/** One file the menu offers. */
export interface ExportChoice {
  key: string;
  label: string;
  fetchFile: () => Promise<DownloadedFile>;
}

/** Hands a downloaded file to the browser as a download under its name. */
export function saveFile(file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the file before the address goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * An "Export" button that opens a list of files to download (Word, PDF, …). The file is fetched with the session's
 * token, then saved; while it is being made the choice says so, and a refusal shows the server's explanation.
 */
export function ExportMenu({ choices, label }: { choices: readonly ExportChoice[]; label?: string }) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const run = async (choice: ExportChoice) => {
    setBusy(choice.key);
    setError(null);
    setDone('');
    try {
      const file = await choice.fetchFile();
      saveFile(file);
      setDone(t('export.saved', { name: file.fileName }));
      setOpen(false);
      toggle.current?.focus();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export-menu no-print" ref={container}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {label ?? t('export.button')}
      </button>
      <ul id={listId} className="export-menu-list" hidden={!open}>
        {choices.map((choice) => (
          <li key={choice.key}>
            <button type="button" className="link-button" disabled={busy !== null} aria-busy={busy === choice.key} onClick={() => void run(choice)}>
              {busy === choice.key ? t('export.making', { label: choice.label }) : choice.label}
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {busy !== null ? t('export.making', { label: choices.find((c) => c.key === busy)?.label ?? '' }) : done}
      </p>
      {error !== null && <ProblemMessage error={error} />}
    </div>
  );
}
