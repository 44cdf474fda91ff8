import type { Comment, CommentThread } from '../api/types';

/**
 * Whether the thread's proposal is already in the text. Servers that say so send `appliedToText`; otherwise an
 * accepting decision on a thread with a proposal means it was applied, as the server applies it when deciding.
 */
export function proposalApplied(thread: CommentThread): boolean {
  const decision = thread.decision;
  if (decision == null || thread.proposedReplacement == null) return false;
  if (typeof decision.appliedToText === 'boolean') return decision.appliedToText;
  return decision.disposition === 'Accepted' || decision.disposition === 'AcceptedInPart';
}

/** The opening comment, then the replies, in the order they were written. */
export const commentsOf = (thread: CommentThread): Comment[] => [thread.opening, ...thread.replies];

/**
 * The name of a comment's organisation: the thread's own organisation, or one of the round's invited
 * organisations; null when neither names it (a coordinator outside the invited organisations).
 */
export function organisationNameOf(
  comment: Comment,
  thread: CommentThread,
  organisations: ReadonlyMap<string, string>,
): string | null {
  const organisationId = comment.organisationId ?? null;
  if (organisationId === null) return null;
  if (organisationId === thread.organisationId && thread.organisationName != null) return thread.organisationName;
  return organisations.get(organisationId) ?? null;
}

/** Whether someone other than the author (the organisation's focal point, consolidating a draft) changed the comment. */
export const editedByOthers = (comment: Comment) =>
  (comment.history ?? []).some((edit) => edit.editedById != null && edit.editedById !== comment.authorId);
