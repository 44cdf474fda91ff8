import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dropThread, editComment, mergeThread, reattachThread, replyToThread, reopenThread, resolveThread, submitThread } from '../api/endpoints';
import type { Comment, CommentThread, DecisionOutcome, Round } from '../api/types';
import { DateTime } from '../components/DateTime';
import { ProblemMessage } from '../components/ProblemMessage';
import { AnchorActions } from './AnchorActions';
import { CommentTextForm } from './CommentTextForm';
import { DecisionForm } from './DecisionForm';
import { useConsultationLabels } from './labels';
import { DraftActions } from './DraftActions';
import { canDecide, canDrop, canEditComment, canReply, canSubmitDraft, mergeTargets, type Participant } from './permissions';
import { ProposedChange } from './ProposedChange';
import type { PassageSelection } from './selectionAnchor';
import { commentsOf, editedByOthers, organisationNameOf } from './threadFacts';

export interface ThreadPanelProps {
  documentId: string;
  thread: CommentThread;
  /** The thread's round, when it is among the rounds listed. */
  round: Round | null;
  person: Participant;
  /** Every thread the reader lists: the drafts a draft may be merged into are among them. */
  threads: readonly CommentThread[];
  /** Organisation names by id. */
  organisations: ReadonlyMap<string, string>;
  /**
   * Coordinators reading the current version may confirm or move where the thread points; `selectedPassage` is what
   * they have selected in the text (null: nothing). Absent: not offered.
   */
  anchoring?: { selectedPassage: PassageSelection | null };
  onChanged(thread: CommentThread, announcement: string): void;
  onDropped(announcement: string): void;
  onDecided(outcome: DecisionOutcome): void;
  onClose(): void;
}

function AnchorInfo({ thread }: { thread: CommentThread }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const status = thread.anchorStatus;
  return (
    <div className="thread-panel-anchor">
      <p className="thread-panel-label">
        {status === 'Orphaned' ? t('consultation.panel.originalPassage') : t('consultation.panel.passage')}
        {status !== 'Exact' && (
          <>
            {' '}
            <span className="badge badge-warning">{labels.anchor(status)}</span>
          </>
        )}
      </p>
      <blockquote className="thread-panel-quote">
        <q>{thread.anchor.exact}</q>
      </blockquote>
      {thread.originalQuote != null && thread.originalQuote !== thread.anchor.exact && (
        <p className="note">
          {t('consultation.panel.originallyQuoted')} <q>{thread.originalQuote}</q>
        </p>
      )}
      {status === 'Moved' && <p className="note">{t('consultation.panel.movedNote')}</p>}
      {status === 'Fuzzy' && <p className="note">{t('consultation.panel.fuzzyNote')}</p>}
      {status === 'Orphaned' && <p className="note">{t('consultation.panel.orphanedNote')}</p>}
    </div>
  );
}

interface CommentItemProps {
  comment: Comment;
  organisationName: string | null;
  canEdit: boolean;
  /** The reader wrote the comment (a focal point may edit others' comments in drafts). */
  own: boolean;
  onEdit(text: string): Promise<void>;
}

/** The earlier texts of an edited comment, newest first, folded behind a summary. */
function EditHistory({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const edits = comment.history ?? [];
  if (edits.length === 0) return null;
  return (
    <details className="thread-comment-history">
      <summary>{t('consultation.panel.earlierTexts', { count: edits.length })}</summary>
      <ol reversed>
        {[...edits].reverse().map((edit) => (
          <li key={edit.when}>
            <p className="thread-comment-meta">
              {t('consultation.panel.replacedOn')} <DateTime iso={edit.when} />
              {edit.editedById != null && edit.editedById !== comment.authorId && <> · {t('consultation.panel.editedByFocalPoint')}</>}
            </p>
            <p className="thread-comment-text">{edit.previousText}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}

function CommentItem({ comment, organisationName, canEdit, own, onEdit }: CommentItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <li className="thread-comment">
      <p className="thread-comment-meta">
        <span className="thread-comment-author">{comment.authorName}</span>
        {organisationName !== null && <> · {organisationName}</>}
        {' · '}
        <DateTime iso={comment.created} />
        {comment.edited && (
          <>
            {' · '}
            <span className="thread-comment-edited">
              {editedByOthers(comment) ? t('consultation.panel.editedByFocalPoint') : t('consultation.panel.edited')}{' '}
              <DateTime iso={comment.lastChanged} />
            </span>
          </>
        )}
      </p>
      {editing ? (
        <CommentTextForm
          label={own ? t('consultation.panel.editLabel') : t('consultation.panel.editOthersLabel', { name: comment.authorName })}
          submitLabel={t('consultation.panel.saveEdit')}
          initialText={comment.text}
          onSave={async (text) => {
            await onEdit(text);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="thread-comment-text">{comment.text}</p>
          <EditHistory comment={comment} />
          {canEdit && (
            <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
              {own ? t('consultation.panel.edit') : t('consultation.panel.editOthers', { name: comment.authorName })}
            </button>
          )}
        </>
      )}
    </li>
  );
}

/** One thread beside the text: its passage, comments, proposal, decision, and what the reader may do with it. */
export function ThreadPanel(props: ThreadPanelProps) {
  const { documentId, thread, round, person, threads, onChanged, onDropped, onDecided, onClose } = props;
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [acting, setActing] = useState(false);

  useEffect(() => {
    heading.current?.focus();
    setActionError(null);
  }, [thread.id]);

  const organisations = new Map([
    ...(round?.invitedOrganisations ?? []).map((organisation) => [organisation.id, organisation.name] as const),
    ...props.organisations,
  ]);
  const act = async (call: () => Promise<CommentThread>, announcement: string) => {
    setActing(true);
    setActionError(null);
    try {
      onChanged(await call(), announcement);
    } catch (failure) {
      setActionError(failure);
    } finally {
      setActing(false);
    }
  };

  const decidable = canDecide(person, thread);
  return (
    <section className="thread-panel" aria-labelledby={titleId}>
      <div className="thread-panel-header">
        <h2 id={titleId} ref={heading} tabIndex={-1} className="thread-panel-title">
          {t('consultation.panel.title')}
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('consultation.panel.close')}
        </button>
      </div>
      <p className="thread-meta">
        <span className="thread-type">{labels.type(thread.type)}</span>
        {thread.organisationName != null && <> · {thread.organisationName}</>}
        {' · '}
        {labels.status(thread.status)}
      </p>
      {thread.stage === 'Draft' && (
        <p className="note">
          {thread.organisationName != null
            ? t('consultation.panel.draftOf', { organisation: thread.organisationName })
            : t('consultation.panel.draftOwn')}
        </p>
      )}
      <AnchorInfo thread={thread} />
      {props.anchoring !== undefined &&
        person.role === 'Coordinator' &&
        (thread.anchorStatus !== 'Exact' || props.anchoring.selectedPassage !== null) && (
        <AnchorActions
          thread={thread}
          selectedPassage={props.anchoring.selectedPassage}
          busy={acting}
          onConfirm={() => void act(() => reattachThread(documentId, thread.id), t('consultation.anchorActions.movedAnnouncement'))}
          onAttach={(passage) =>
            void act(
              () => reattachThread(documentId, thread.id, { blockId: passage.blockId, start: passage.start, end: passage.end }),
              t('consultation.anchorActions.movedAnnouncement'),
            )
          }
        />
      )}
      {thread.proposedReplacement != null && (
        <div className="thread-panel-proposal">
          <p className="thread-panel-label">{t('consultation.panel.proposal')}</p>
          <ProposedChange oldText={thread.anchor.exact} newText={thread.proposedReplacement} />
        </div>
      )}
      <ul className="thread-comments" aria-label={t('consultation.panel.comments')}>
        {commentsOf(thread).map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            organisationName={organisationNameOf(comment, thread, organisations)}
            canEdit={round !== null && canEditComment(person, round, thread, comment)}
            own={comment.authorId === person.userId}
            onEdit={async (text) => {
              onChanged(await editComment(documentId, thread.id, comment.id, text), t('consultation.panel.editedAnnouncement'));
            }}
          />
        ))}
      </ul>
      {thread.decision != null && (
        <div className="thread-decision">
          <p>
            <strong>{labels.disposition(thread.decision.disposition)}</strong>
            {' · '}
            {t('consultation.panel.decidedBy', { name: thread.decision.decidedByName })}{' '}
            <DateTime iso={thread.decision.when} />
          </p>
          {thread.decision.response !== '' && <p className="thread-comment-text">{thread.decision.response}</p>}
          {thread.decision.appliedToText === true && thread.decision.appliedText != null && (
            <p>
              {t('consultation.panel.appliedText')}{' '}
              {thread.decision.appliedText === '' ? t('consultation.panel.appliedDeletion') : <q>{thread.decision.appliedText}</q>}
            </p>
          )}
        </div>
      )}
      {actionError !== null && <ProblemMessage error={actionError} />}
      {round !== null && canSubmitDraft(person, round, thread) && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={acting}
            onClick={() => void act(() => submitThread(documentId, thread.id), t('consultation.panel.submittedAnnouncement'))}
          >
            {t('consultation.panel.submit')}
          </button>
        </div>
      )}
      {round !== null && (canDrop(person, round, thread) || mergeTargets(person, round, thread, threads).length > 0) && (
        <DraftActions
          thread={thread}
          canDrop={canDrop(person, round, thread)}
          targets={mergeTargets(person, round, thread, threads)}
          onDrop={async () => {
            await dropThread(documentId, thread.id);
            onDropped(t('consultation.draft.droppedAnnouncement'));
          }}
          onMerge={async (target) => {
            onChanged(await mergeThread(documentId, thread.id, target.id), t('consultation.draft.mergedAnnouncement'));
          }}
        />
      )}
      {round !== null && canReply(person, round) && (
        <CommentTextForm
          key={`reply-${thread.id}`}
          label={t('consultation.panel.replyLabel')}
          submitLabel={t('consultation.panel.sendReply')}
          clearAfterSave
          onSave={async (text) => {
            onChanged(await replyToThread(documentId, thread.id, text), t('consultation.panel.repliedAnnouncement'));
          }}
        />
      )}
      {decidable && <DecisionForm key={`decision-${thread.id}-${thread.decision?.when ?? ''}`} documentId={documentId} thread={thread} onDecided={onDecided} />}
      {decidable && thread.decision != null && (
        <div className="form-actions">
          {thread.status === 'Open' ? (
            <button
              type="button"
              className="button"
              disabled={acting}
              onClick={() => void act(() => resolveThread(documentId, thread.id), t('consultation.panel.resolvedAnnouncement'))}
            >
              {t('consultation.panel.resolve')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              disabled={acting}
              onClick={() => void act(() => reopenThread(documentId, thread.id), t('consultation.panel.reopenedAnnouncement'))}
            >
              {t('consultation.panel.reopen')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
