import { describe, expect, it } from 'vitest';
import type { DocumentRole, DocumentSummary, Me } from '../api/types';
import { canImportDocuments } from './permissions';

const me: Me = { id: 'u1', name: 'Ana Ruiz', organisationId: 'cl', organisationName: 'Chile' };
const documentWithRole = (role: DocumentRole): DocumentSummary => ({
  id: `d-${role}`,
  title: 'Guidance',
  symbol: 'CCM/MSP/2026/WP.1',
  role,
  head: {
    commitId: 'c1',
    parentId: null,
    when: '2025-11-23T14:00:00Z',
    authorId: 'u1',
    authorName: 'Ana Ruiz',
    organisation: 'Chile',
    message: 'Import',
    tags: [],
  },
});

describe('canImportDocuments', () => {
  it('follows the server when it says whether the person may create documents', () => {
    expect(canImportDocuments({ ...me, canCreateDocuments: false }, [documentWithRole('Coordinator')])).toBe(false);
    expect(canImportDocuments({ ...me, canCreateDocuments: true }, [documentWithRole('Observer')])).toBe(true);
  });

  it('otherwise offers the import to coordinators of any document', () => {
    expect(canImportDocuments(me, [documentWithRole('Observer'), documentWithRole('Coordinator')])).toBe(true);
    expect(canImportDocuments(me, [documentWithRole('Observer'), documentWithRole('Contributor')])).toBe(false);
  });

  it('offers the first import when there are no documents yet', () => {
    expect(canImportDocuments(null, [])).toBe(true);
  });
});
