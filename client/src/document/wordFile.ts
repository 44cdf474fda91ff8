/** Word files the import accepts. */
export const wordFileAccept = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type WordFileProblem = 'missing' | 'notDocx' | 'empty';

/** Checks a chosen file before uploading it; the server checks the content again. */
export function checkWordFile(file: Pick<File, 'name' | 'size'> | null | undefined): WordFileProblem | null {
  if (file === null || file === undefined) return 'missing';
  if (!/\.docx$/i.test(file.name)) return 'notDocx';
  if (file.size === 0) return 'empty';
  return null;
}
