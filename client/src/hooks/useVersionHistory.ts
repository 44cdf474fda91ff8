import { useCallback, useEffect, useRef, useState } from 'react';
import { listVersions } from '../api/endpoints';
import { isAbort } from '../api/problem';
import type { VersionInfo } from '../api/types';

export const historyPageSize = 30;

export interface VersionHistory {
  items: VersionInfo[];
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
  reload(): void;
}

/** The document's versions, newest first, fetched a page at a time. */
export function useVersionHistory(documentId: string): VersionHistory {
  const [items, setItems] = useState<VersionInfo[]>([]);
  const [page, setPage] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (pageNumber: number, replace: boolean) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setLoading(true);
      setError(null);
      listVersions(documentId, pageNumber, historyPageSize, current.signal).then(
        (result) => {
          if (current.signal.aborted) return;
          setItems((existing) => (replace ? result.items : [...existing, ...result.items]));
          setPage(result.page);
          setHasMore(result.hasMore);
          setLoading(false);
        },
        (failure: unknown) => {
          if (current.signal.aborted || isAbort(failure)) return;
          setError(failure);
          setLoading(false);
        },
      );
    },
    [documentId],
  );

  useEffect(() => {
    fetchPage(1, true);
    return () => controller.current?.abort();
  }, [fetchPage]);

  const loadMore = useCallback(() => fetchPage(page + 1, false), [fetchPage, page]);
  const reload = useCallback(() => fetchPage(1, true), [fetchPage]);

  return { items, hasMore, loading, error, loadMore, reload };
}
