import { request } from './http';
import type { RedlineView, SummaryView, Visit } from './redlineTypes';

const documentPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;

/** `from`/`to`: a commit id, a circulated version's tag name or `head`; left out, the server picks its defaults. */
export interface RevisionRange {
  from?: string;
  to?: string;
}

export function rangeQuery(range: RevisionRange, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (range.from !== undefined && range.from !== '') params.set('from', range.from);
  if (range.to !== undefined && range.to !== '') params.set('to', range.to);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export const getRedline = (id: string, range: RevisionRange, signal?: AbortSignal) =>
  request<RedlineView>(`${documentPath(id)}/redline${rangeQuery(range, { attribution: 'true' })}`, signal && { signal });

export const getRedlineSummary = (id: string, range: RevisionRange, signal?: AbortSignal) =>
  request<SummaryView>(`${documentPath(id)}/redline/summary${rangeQuery(range)}`, signal && { signal });

/** The version the signed-in person last saw, or undefined when they never opened the document (204). */
export const getVisit = (id: string, signal?: AbortSignal) =>
  request<Visit | undefined>(`${documentPath(id)}/visit`, signal && { signal });

export const putVisit = (id: string, commitId: string) =>
  request<Visit | undefined>(`${documentPath(id)}/visit`, { method: 'PUT', json: { commitId } });
