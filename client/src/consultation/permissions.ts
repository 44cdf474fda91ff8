import type { Comment, CommentThread, DocumentRole, Round } from '../api/types';

/**
 * The person reading, as the consultation rules need them. The server decides in the end; these mirror
 * Core's ConsultationPermissions so that the reader offers only what the server would accept.
 */
export interface Participant {
  userId: string;
  organisationId: string | null;
  role: DocumentRole;
  /** A focal point of their organisation on this document. */
  focalPoint: boolean;
}

const isInvited = (person: Participant, round: Round) =>
  person.organisationId !== null && round.invitedOrganisations.some((organisation) => organisation.id === person.organisationId);

const isInvitedContributor = (person: Participant, round: Round) =>
  (person.role === 'Contributor' || person.role === 'Coordinator') && isInvited(person, round);

/** Coordinators until the round closes; contributors of an invited organisation while it is open. */
export function canOpenThread(person: Participant, round: Round): boolean {
  if (person.role === 'Coordinator') return round.phase !== 'Closed';
  return isInvitedContributor(person, round) && round.phase === 'Open';
}

/** Coordinators, focal points, and everyone who may comment when the round allows direct submission. */
export function canSubmitDirectly(person: Participant, round: Round): boolean {
  if (!canOpenThread(person, round)) return false;
  return person.role === 'Coordinator' || person.focalPoint || round.directSubmission;
}

/** Coordinators always; contributors of an invited organisation while the round is open. */
export function canReply(person: Participant, round: Round): boolean {
  if (person.role === 'Coordinator') return true;
  return isInvitedContributor(person, round) && round.phase === 'Open';
}

/**
 * Consolidate a draft of the person's organisation — edit others' comments in it, merge it, drop it: the
 * organisation's focal point while the round is open.
 */
export function canConsolidate(person: Participant, round: Round, thread: CommentThread): boolean {
  return (
    thread.stage === 'Draft' &&
    person.role !== 'Observer' &&
    person.focalPoint &&
    person.organisationId !== null &&
    thread.organisationId === person.organisationId &&
    round.phase === 'Open'
  );
}

/** The author while the round is open; in a draft, also the focal point of its organisation. */
export function canEditComment(person: Participant, round: Round, thread: CommentThread, comment: Comment): boolean {
  if (person.role === 'Observer' || round.phase !== 'Open') return false;
  return comment.authorId === person.userId || canConsolidate(person, round, thread);
}

/** A draft: its author or the organisation's focal point, while the round is open. */
export function canDrop(person: Participant, round: Round, thread: CommentThread): boolean {
  if (thread.stage !== 'Draft' || person.role === 'Observer' || round.phase !== 'Open') return false;
  return thread.opening.authorId === person.userId || canConsolidate(person, round, thread);
}

/** The other drafts of the same organisation and round that a draft may be merged into. */
export function mergeTargets(person: Participant, round: Round, thread: CommentThread, threads: readonly CommentThread[]): CommentThread[] {
  if (!canConsolidate(person, round, thread)) return [];
  return threads.filter(
    (other) =>
      other.id !== thread.id &&
      other.roundId === thread.roundId &&
      other.stage === 'Draft' &&
      other.organisationId === thread.organisationId,
  );
}

/** A draft of the person's own organisation (or their own draft without one), while the round is open. */
export function canSubmitDraft(person: Participant, round: Round, thread: CommentThread): boolean {
  if (thread.stage !== 'Draft' || person.role === 'Observer' || round.phase !== 'Open') return false;
  const organisation = thread.organisationId ?? null;
  const own = organisation === null ? thread.opening.authorId === person.userId : organisation === person.organisationId;
  if (!own) return false;
  return person.focalPoint || round.directSubmission || organisation === null;
}

/** Coordinators decide, resolve and reopen submitted threads. */
export function canDecide(person: Participant, thread: CommentThread): boolean {
  return person.role === 'Coordinator' && thread.stage === 'Submitted';
}
