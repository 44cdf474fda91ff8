import type { DocumentSummary, Me } from '../api/types';

/**
 * Whether to offer "Import a Word document". The server decides in the end; when it says nothing,
 * coordinators of any document may import, and so may anyone while there are no documents yet.
 */
export function canImportDocuments(me: Me | null, documents: readonly DocumentSummary[]): boolean {
  if (me !== null && typeof me.canCreateDocuments === 'boolean') return me.canCreateDocuments;
  return documents.length === 0 || documents.some((document) => document.role === 'Coordinator');
}
