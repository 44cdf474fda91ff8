import { request } from '../api/http';
import type { BlockSourceView } from './types';

/** A block's inline Markdown at the latest version (coordinators only). */
export const getBlockSource = (documentId: string, blockId: string, signal?: AbortSignal) =>
  request<BlockSourceView>(
    `/api/documents/${encodeURIComponent(documentId)}/blocks/${encodeURIComponent(blockId)}`,
    signal && { signal },
  );
