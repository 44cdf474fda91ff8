import { useState, type FormEvent } from 'react';
import { checkWordFile, type WordFileProblem } from '../document/wordFile';

/** Where an upload of a Word file stands. */
export type UploadStage<T> =
  | { step: 'editing' }
  | { step: 'uploading'; fraction: number }
  | { step: 'failed'; error: unknown }
  | { step: 'done'; created: T };

interface WordUploadOptions<T> {
  /** Sends the file, reporting progress as a fraction from 0 to 1. */
  send(file: File, onProgress: (fraction: number) => void): Promise<T>;
  onDone?(created: T): void;
  onBusyChange?(busy: boolean): void;
}

/**
 * The state shared by every form that uploads one .docx: the chosen file, its problem (checked on submit),
 * and the upload's progress, failure or result.
 */
export function useWordUpload<T>({ send, onDone, onBusyChange }: WordUploadOptions<T>) {
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<WordFileProblem | null>(null);
  const [stage, setStage] = useState<UploadStage<T>>({ step: 'editing' });

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setFileProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkWordFile(file);
    setFileProblem(problem);
    if (problem !== null || file === null) return;
    setStage({ step: 'uploading', fraction: 0 });
    onBusyChange?.(true);
    try {
      const created = await send(file, (fraction) => setStage({ step: 'uploading', fraction }));
      setStage({ step: 'done', created });
      onDone?.(created);
    } catch (error) {
      setStage({ step: 'failed', error });
    } finally {
      onBusyChange?.(false);
    }
  };

  return { fileProblem, stage, uploading: stage.step === 'uploading', chooseFile, submit };
}
