import type { VersionInfo } from '../api/types';
import type { PresenceView } from './types';

export const version = (commitId: string, fields: Partial<VersionInfo> = {}): VersionInfo => ({
  commitId,
  parentId: null,
  when: '2026-01-12T09:00:00Z',
  authorId: 'ana-moreno',
  authorName: 'Ana Moreno',
  organisation: 'Panama',
  message: 'Accept the proposal of Lao PDR',
  tags: [],
  ...fields,
});

export const masked = (commitId: string): VersionInfo =>
  version(commitId, { authorId: 'participant', authorName: 'A participant', organisation: '', message: 'Consultation contribution' });

export const person = (userId: string, name: string, fields: Partial<PresenceView> = {}): PresenceView => ({
  userId,
  name,
  ...fields,
});
