import type { Answer } from '../api/roundTypes';
import type { DocumentRole, Round } from '../api/types';

/** The server's limit on an answer (VaDrafting.Core.Consultation.ConsultationText.MaxAnswerLength). */
export const maxAnswerLength = 10_000;

/**
 * What the signed-in person can do with their organisation's answers in a round, by the server's rule:
 * contributors and coordinators of an invited organisation write them while the round is open.
 */
export type AnswerAccess =
  | { kind: 'edit' }
  /** The organisation is invited but the round is not open: its answers are shown, not editable. */
  | { kind: 'readOnly'; reason: 'scheduled' | 'closed' }
  /** The person answers for no organisation in this round. */
  | { kind: 'none'; reason: 'observer' | 'notInvited' };

export function answerAccess(role: DocumentRole, organisationId: string | null | undefined, round: Round): AnswerAccess {
  if (role === 'Observer') return { kind: 'none', reason: 'observer' };
  const invited = organisationId != null && round.invitedOrganisations.some((organisation) => organisation.id === organisationId);
  if (!invited) return { kind: 'none', reason: 'notInvited' };
  if (round.phase === 'Open') return { kind: 'edit' };
  return { kind: 'readOnly', reason: round.phase === 'Scheduled' ? 'scheduled' : 'closed' };
}

export interface QuestionAnswers {
  /** The organisation's own answer, when the person answers for one. */
  own: Answer | null;
  /** Every other answer the person may see, by organisation name. */
  others: Answer[];
}

/** The answers the person may see for each question of the round, their own organisation's apart. */
export function answersByQuestion(round: Round, answers: readonly Answer[], ownOrganisationId: string | null): Map<string, QuestionAnswers> {
  const byQuestion = new Map<string, QuestionAnswers>(round.questions.map((question) => [question.id, { own: null, others: [] }]));
  for (const answer of answers) {
    const entry = byQuestion.get(answer.questionId);
    if (entry === undefined) continue;
    if (ownOrganisationId !== null && answer.organisationId === ownOrganisationId) entry.own = answer;
    else entry.others.push(answer);
  }
  for (const entry of byQuestion.values()) entry.others.sort((a, b) => a.organisationName.localeCompare(b.organisationName));
  return byQuestion;
}

export type AnswerProblem = 'answerMissing' | 'answerTooLong';

export function answerProblem(text: string): AnswerProblem | undefined {
  if (text.trim() === '') return 'answerMissing';
  if (text.length > maxAnswerLength) return 'answerTooLong';
  return undefined;
}

