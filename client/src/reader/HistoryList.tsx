import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Tag } from '../api/types';
import { DateTime } from '../components/DateTime';
import { ProblemMessage } from '../components/ProblemMessage';
import type { VersionHistory } from '../hooks/useVersionHistory';
import { changesLink } from '../changes/changesModel';
import { documentLink, versionLink } from './versionLinks';

interface HistoryListProps {
  documentId: string;
  history: VersionHistory;
  tags: readonly Tag[];
  viewedCommitId: string;
}

/** Versions newest first; each opens the reader at that version. The newest one opens the current text. */
export function HistoryList({ documentId, history, tags, viewedCommitId }: HistoryListProps) {
  const { t } = useTranslation();
  const labelOf = (name: string) => tags.find((tag) => tag.name === name)?.label ?? name;
  const headCommitId = history.items[0]?.commitId;
  const list = useRef<HTMLOListElement>(null);
  // After "Load more", keyboard focus moves to the first version that was added.
  const focusIndexAfterLoad = useRef<number | null>(null);

  useEffect(() => {
    const index = focusIndexAfterLoad.current;
    if (index === null || history.loading) return;
    focusIndexAfterLoad.current = null;
    list.current?.querySelectorAll<HTMLAnchorElement>('.history-message')[index]?.focus();
  }, [history.items.length, history.loading]);

  const loadMore = () => {
    if (history.loading) return;
    focusIndexAfterLoad.current = history.items.length;
    history.loadMore();
  };

  return (
    <div className="history">
      {history.items.length === 0 && !history.loading && history.error === null && (
        <p className="empty">{t('history.empty')}</p>
      )}
      <ol className="history-list" ref={list}>
        {history.items.map((version) => {
          const viewed = version.commitId === viewedCommitId;
          const to = version.commitId === headCommitId ? documentLink(documentId) : versionLink(documentId, version.commitId);
          return (
            <li key={version.commitId} className={viewed ? 'history-item history-item-viewed' : 'history-item'}>
              <Link to={to} className="history-message" aria-current={viewed ? 'page' : undefined}>
                {version.message === '' ? t('history.noMessage') : version.message}
              </Link>
              <p className="history-meta">
                {version.organisation
                  ? t('history.byline', { name: version.authorName, organisation: version.organisation })
                  : version.authorName}
              </p>
              <p className="history-meta">
                <DateTime iso={version.when} />
              </p>
              {version.tags.length > 0 && (
                <ul className="badges" aria-label={t('history.tagsLabel')}>
                  {version.tags.map((name) => (
                    <li key={name} className="badge badge-tag">
                      {labelOf(name)}
                    </li>
                  ))}
                </ul>
              )}
              {version.commitId !== headCommitId && (
                <p className="history-meta">
                  <Link to={changesLink(documentId, { from: version.commitId })}>
                    {t('history.compare')}
                    <span className="visually-hidden">
                      {' '}
                      {t('history.compareFrom', { message: version.message === '' ? version.commitId.slice(0, 7) : version.message })}
                    </span>
                  </Link>
                </p>
              )}
              {viewed && <p className="history-viewed-note">{t('history.viewing')}</p>}
            </li>
          );
        })}
      </ol>
      {history.error !== null && (
        <ProblemMessage error={history.error} onRetry={history.reload} />
      )}
      {history.loading && <p role="status">{t('common.loading')}</p>}
      {history.hasMore && (
        <button type="button" className="button" onClick={loadMore} aria-disabled={history.loading}>
          {t('history.loadMore')}
        </button>
      )}
    </div>
  );
}
