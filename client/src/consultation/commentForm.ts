import type { CommentType, Disposition, DecisionRequest, NewThreadRequest } from '../api/types';
import type { PassageSelection } from './selectionAnchor';

/** The server's limits (Core ConsultationText). */
export const maxCommentLength = 10_000;
export const maxResponseLength = 10_000;
export const maxReplacementLength = 10_000;

export const commentTypes: readonly CommentType[] = ['General', 'Substantive', 'Editorial'];
export const dispositions: readonly Disposition[] = ['Accepted', 'AcceptedInPart', 'Noted', 'NotAccepted'];

export type TextProblem = 'empty' | 'tooLong';
export type ReplacementProblem = 'tooLong' | 'multiline';

/** A comment, reply or edit: not only whitespace, at most the server's limit. */
export function commentTextProblem(text: string): TextProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > maxCommentLength) return 'tooLong';
  return null;
}

/** A replacement becomes text inside one block: one line, at most the server's limit; empty deletes the passage. */
export function replacementProblem(text: string): ReplacementProblem | null {
  if (/[\r\n]/.test(text)) return 'multiline';
  if (text.length > maxReplacementLength) return 'tooLong';
  return null;
}

/** The proposal's starting wording: the selected passage, its line breaks made spaces (a replacement is one line). */
export const initialReplacement = (exact: string) => exact.replace(/\r?\n/g, ' ');

export interface CommentFormValues {
  type: CommentType;
  text: string;
  proposeChange: boolean;
  replacement: string;
  /** Only offered to people who could submit to the round at once. */
  keepAsDraft: boolean;
}

export interface CommentFormProblems {
  text: TextProblem | null;
  replacement: ReplacementProblem | null;
}

export function commentFormProblems(values: CommentFormValues): CommentFormProblems {
  return {
    text: commentTextProblem(values.text),
    replacement: values.proposeChange ? replacementProblem(values.replacement) : null,
  };
}

export const hasProblems = (problems: CommentFormProblems) => problems.text !== null || problems.replacement !== null;

export function newThreadRequest(
  roundId: string,
  passage: PassageSelection,
  values: CommentFormValues,
  draftOffered: boolean,
): NewThreadRequest {
  return {
    roundId,
    blockId: passage.blockId,
    start: passage.start,
    end: passage.end,
    type: values.type,
    text: values.text,
    ...(values.proposeChange && { proposedReplacement: values.replacement }),
    ...(draftOffered && values.keepAsDraft && { draft: true }),
  };
}

export interface DecisionFormValues {
  disposition: Disposition | null;
  response: string;
  replacement: string;
}

export interface DecisionFormProblems {
  disposition: 'missing' | null;
  response: 'tooLong' | null;
  replacement: ReplacementProblem | null;
}

/** Whether the coordinators' edited wording is sent: only when accepting in part a thread that proposes a change. */
export const sendsReplacement = (values: DecisionFormValues, hasProposal: boolean, proposalApplied: boolean) =>
  values.disposition === 'AcceptedInPart' && hasProposal && !proposalApplied;

export function decisionFormProblems(values: DecisionFormValues, hasProposal: boolean, proposalApplied: boolean): DecisionFormProblems {
  return {
    disposition: values.disposition === null ? 'missing' : null,
    response: values.response.length > maxResponseLength ? 'tooLong' : null,
    replacement: sendsReplacement(values, hasProposal, proposalApplied) ? replacementProblem(values.replacement) : null,
  };
}

export const decisionHasProblems = (problems: DecisionFormProblems) =>
  problems.disposition !== null || problems.response !== null || problems.replacement !== null;

export function decisionRequest(values: DecisionFormValues, hasProposal: boolean, proposalApplied: boolean): DecisionRequest {
  if (values.disposition === null) throw new Error('Choose a disposition before sending the decision.');
  return {
    disposition: values.disposition,
    response: values.response,
    ...(sendsReplacement(values, hasProposal, proposalApplied) && { replacement: values.replacement }),
  };
}

/** Whether the disposition would put a proposed change into the text. */
export const appliesChange = (disposition: Disposition | null) => disposition === 'Accepted' || disposition === 'AcceptedInPart';
