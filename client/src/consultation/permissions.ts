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

/** Only the author, while the round is open. */
export function canEditComment(person: Participant, round: Round, comment: Comment): boolean {
  return person.role !== 'Observer' && comment.authorId === person.userId && round.phase === 'Open';
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
