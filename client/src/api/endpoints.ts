import { matrixQuery } from '../consultation/matrixQuery';
import { request, upload } from './http';
import type {
  AccessToken,
  CommentMatrix,
  CommentThread,
  CreatedDocument,
  CreatedVersion,
  DecisionOutcome,
  DecisionRequest,
  DevUser,
  DocumentSummary,
  DocumentView,
  MatrixFilter,
  Me,
  NewTag,
  NewThreadRequest,
  Organisation,
  Round,
  Tag,
  VersionPage,
} from './types';

const documentPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

export const getDevUsers = (signal?: AbortSignal) =>
  request<DevUser[]>('/api/dev/users', { authenticated: false, ...(signal && { signal }) });

export const createDevToken = (userId: string) =>
  request<AccessToken>('/api/dev/token', { method: 'POST', json: { userId }, authenticated: false });

export const getMe = (signal?: AbortSignal) => request<Me>('/api/me', signal && { signal });

export const listDocuments = (signal?: AbortSignal) =>
  request<DocumentSummary[]>('/api/documents', signal && { signal });

export const getDocument = (id: string, version: string | undefined, signal?: AbortSignal) =>
  request<DocumentView>(
    version === undefined ? documentPath(id) : `${documentPath(id)}/versions/${encodeURIComponent(version)}`,
    signal && { signal },
  );

export const listVersions = (id: string, page: number, pageSize: number, signal?: AbortSignal) =>
  request<VersionPage>(`${documentPath(id)}/versions?page=${page}&pageSize=${pageSize}`, signal && { signal });

export const listTags = (id: string, signal?: AbortSignal) =>
  request<Tag[]>(`${documentPath(id)}/tags`, signal && { signal });

export const createTag = (id: string, tag: NewTag) =>
  request<Tag>(`${documentPath(id)}/tags`, { method: 'POST', json: tag });

function wordForm(file: File, title?: string): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (title !== undefined && title.trim() !== '') form.append('title', title.trim());
  return form;
}

export const importDocument = (file: File, title: string, onProgress: (fraction: number) => void) =>
  upload<CreatedDocument>('/api/documents', wordForm(file, title), onProgress);

export const uploadVersion = (id: string, file: File, onProgress: (fraction: number) => void) =>
  upload<CreatedVersion>(`${documentPath(id)}/versions`, wordForm(file), onProgress);

export const listRounds = (id: string, signal?: AbortSignal) =>
  request<Round[]>(`${documentPath(id)}/rounds`, signal && { signal });

export const listThreads = (id: string, roundId: string | undefined, signal?: AbortSignal) =>
  request<CommentThread[]>(
    roundId === undefined ? `${documentPath(id)}/threads` : `${documentPath(id)}/threads?round=${encodeURIComponent(roundId)}`,
    signal && { signal },
  );

export const getMatrix = (id: string, roundId: string, filter: MatrixFilter, signal?: AbortSignal) => {
  const query = matrixQuery(filter);
  return request<CommentMatrix>(
    `${documentPath(id)}/rounds/${encodeURIComponent(roundId)}/matrix${query === '' ? '' : `?${query}`}`,
    signal && { signal },
  );
};

const threadPath = (id: string, threadId: string) => `${documentPath(id)}/threads/${encodeURIComponent(threadId)}`;

export const openThread = (id: string, thread: NewThreadRequest) =>
  request<CommentThread>(`${documentPath(id)}/threads`, { method: 'POST', json: thread });

export const replyToThread = (id: string, threadId: string, text: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/replies`, { method: 'POST', json: { text } });

export const editComment = (id: string, threadId: string, commentId: string, text: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/comments/${encodeURIComponent(commentId)}`, { method: 'PUT', json: { text } });

export const submitThread = (id: string, threadId: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/submit`, { method: 'POST' });

export const decideThread = (id: string, threadId: string, decision: DecisionRequest) =>
  request<DecisionOutcome>(`${threadPath(id, threadId)}/decision`, { method: 'POST', json: decision });

export const resolveThread = (id: string, threadId: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/resolve`, { method: 'POST' });

export const reopenThread = (id: string, threadId: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/reopen`, { method: 'POST' });

/** Drops a draft (204, no body). */
export const dropThread = (id: string, threadId: string) =>
  request<void>(`${threadPath(id, threadId)}/drop`, { method: 'POST' });

/** Merges a draft into another draft of the organisation; answers the target draft. */
export const mergeThread = (id: string, threadId: string, intoThreadId: string) =>
  request<CommentThread>(`${threadPath(id, threadId)}/merge`, { method: 'POST', json: { intoThreadId } });

export const listOrganisations = (signal?: AbortSignal) =>
  request<Organisation[]>('/api/organisations', signal && { signal });

/** Coordinators: confirm where a moved or changed passage was found (no passage), or attach the thread to another one. */
export const reattachThread = (id: string, threadId: string, passage?: { blockId: string; start: number; end: number }) =>
  request<CommentThread>(`${threadPath(id, threadId)}/anchor`, { method: 'POST', json: passage ?? {} });
