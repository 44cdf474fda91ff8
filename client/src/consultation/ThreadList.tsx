import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CommentThread } from '../api/types';
import { useConsultationLabels } from './labels';
import { ProposedChange } from './ProposedChange';
import { anchorNeedsBadge, matrixPath, type RoundThreads } from './rounds';

function ThreadItem({ thread, onShow, onOpen }: { thread: CommentThread; onShow(blockId: string): void; onOpen?(threadId: string): void }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  return (
    <li className="thread">
      <p className="thread-meta">
        <span className="thread-type">{labels.type(thread.type)}</span>
        {thread.organisationName != null && <> · {thread.organisationName}</>}
        {' · '}
        {labels.status(thread.status)}
        {thread.stage === 'Draft' && <> · {t('consultation.thread.draft')}</>}
        {anchorNeedsBadge(thread.anchorStatus) && (
          <>
            {' '}
            <span className="badge badge-warning">{labels.anchor(thread.anchorStatus)}</span>
          </>
        )}
      </p>
      {thread.anchorStatus !== 'Orphaned' ? (
        <button type="button" className="thread-quote link-button" onClick={() => onShow(thread.anchor.blockId)}>
          <span className="visually-hidden">{t('consultation.thread.showPassage')} </span>
          <q>{thread.anchor.exact}</q>
        </button>
      ) : (
        <p className="thread-quote">
          <q>{thread.anchor.exact}</q>
        </p>
      )}
      <p className="thread-text">{thread.opening.text}</p>
      {thread.proposedReplacement != null && (
        <ProposedChange oldText={thread.anchor.exact} newText={thread.proposedReplacement} />
      )}
      {thread.replies.length > 0 && (
        <ul className="thread-replies" aria-label={t('consultation.thread.replies')}>
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <span className="thread-reply-author">{reply.authorName}:</span> {reply.text}
            </li>
          ))}
        </ul>
      )}
      {thread.decision != null && (
        <p className="thread-decision">
          <strong>{labels.disposition(thread.decision.disposition)}</strong>
          {thread.decision.response !== '' && <> — {thread.decision.response}</>}
        </p>
      )}
      {onOpen !== undefined && (
        <button type="button" className="button button-quiet" onClick={() => onOpen(thread.id)}>
          {t('consultation.panel.openThread')}
          <span className="visually-hidden">
            {' '}
            <q>{thread.anchor.exact}</q>
          </span>
        </button>
      )}
    </li>
  );
}

/** The comment threads the reader may see, grouped by round; choosing a quote shows its passage. */
export function ThreadList(props: {
  documentId: string;
  groups: readonly RoundThreads[];
  onShow(blockId: string): void;
  /** Opens a thread beside the text, when the reader offers that. */
  onOpen?(threadId: string): void;
}) {
  const { documentId, groups, onShow, onOpen } = props;
  const { t } = useTranslation();
  if (groups.length === 0) return <p className="empty">{t('consultation.thread.empty')}</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.roundId} className="thread-group" aria-label={group.title ?? t('consultation.thread.unknownRound')}>
          <h3 className="thread-group-title">{group.title ?? t('consultation.thread.unknownRound')}</h3>
          {group.title !== null && (
            <p className="thread-group-matrix">
              <Link to={matrixPath(documentId, group.roundId)}>{t('consultation.banner.matrixLink')}</Link>
            </p>
          )}
          <ul className="thread-list">
            {group.threads.map((thread) => (
              <ThreadItem key={thread.id} thread={thread} onShow={onShow} {...(onOpen !== undefined && { onOpen })} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
