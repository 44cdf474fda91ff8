import { download } from './http';

export type ExportFormat = 'docx' | 'pdf' | 'redline' | 'review' | 'matrix-docx' | 'matrix-xlsx' | 'csv';

/** What a file is made from: a version for the clean text, two versions for the redline, a round for the review copy. */
export interface ExportSource {
  version?: string;
  from?: string;
  to?: string;
  round?: string;
}

export function exportPath(documentId: string, format: ExportFormat, source: ExportSource = {}): string {
  const params = new URLSearchParams({ format });
  for (const key of ['version', 'from', 'to', 'round'] as const) {
    const value = source[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return `/api/documents/${encodeURIComponent(documentId)}/export?${params.toString()}`;
}

const extensions: Record<ExportFormat, string> = {
  docx: 'docx',
  pdf: 'pdf',
  redline: 'docx',
  review: 'docx',
  'matrix-docx': 'docx',
  'matrix-xlsx': 'xlsx',
  csv: 'csv',
};

export const downloadExport = (documentId: string, format: ExportFormat, source: ExportSource = {}, signal?: AbortSignal) =>
  download(exportPath(documentId, format, source), `${documentId}-${format}.${extensions[format]}`, signal);
