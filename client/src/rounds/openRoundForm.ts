import type { OpenRoundRequest } from '../api/roundTypes';
import type { RoundVisibility } from '../api/types';
import { defaultTimeZone, wallTimeToIso, type WallTime } from './zonedTime';

/** The limits the server puts on a round (VaDrafting.Core.Consultation.ConsultationText). */
export const maxTitleLength = 200;
export const maxQuestionLength = 2000;

export interface QuestionDraft {
  /** Stable key for the list on screen; never sent. */
  key: string;
  text: string;
  /** Heading block id, or '' for a question about the whole document. */
  sectionBlockId: string;
}

export interface OpenRoundValues {
  title: string;
  baseVersion: string;
  timeZone: string;
  /** Both empty: the round opens as soon as it is saved. */
  opens: WallTime;
  closes: WallTime;
  invitedOrganisationIds: string[];
  visibility: RoundVisibility;
  directSubmission: boolean;
  questions: QuestionDraft[];
}

export type FieldProblem =
  | 'titleMissing'
  | 'titleTooLong'
  | 'baseVersionMissing'
  | 'dateMissing'
  | 'dateInvalid'
  | 'timeSkipped'
  | 'closesNotAfterOpens'
  | 'questionMissing'
  | 'questionTooLong';

export interface OpenRoundProblems {
  title?: FieldProblem;
  baseVersion?: FieldProblem;
  opens?: FieldProblem;
  closes?: FieldProblem;
  /** By question key. */
  questions: Record<string, FieldProblem>;
}

export const emptyOpenRoundValues = (): OpenRoundValues => ({
  title: '',
  baseVersion: '',
  timeZone: defaultTimeZone,
  opens: { date: '', time: '' },
  closes: { date: '', time: '' },
  invitedOrganisationIds: [],
  visibility: 'Open',
  directSubmission: true,
  questions: [],
});

const isBlank = (wall: WallTime) => wall.date === '' && wall.time === '';

type Moment = { iso: string } | { problem: FieldProblem } | null;

function moment(wall: WallTime, timeZone: string, required: boolean): Moment {
  if (isBlank(wall)) return required ? { problem: 'dateMissing' } : null;
  if (wall.date === '' || wall.time === '') return { problem: 'dateMissing' };
  const converted = wallTimeToIso(wall, timeZone);
  if (converted.kind === 'skipped') return { problem: 'timeSkipped' };
  if (converted.kind === 'invalid') return { problem: 'dateInvalid' };
  return { iso: converted.iso };
}

/** The title's problem, by the server's rule: 1 to 200 characters, not only spaces. */
export function titleProblem(title: string): FieldProblem | undefined {
  const trimmed = title.trim();
  if (trimmed === '') return 'titleMissing';
  if (trimmed.length > maxTitleLength) return 'titleTooLong';
  return undefined;
}

export function questionProblem(text: string): FieldProblem | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'questionMissing';
  if (trimmed.length > maxQuestionLength) return 'questionTooLong';
  return undefined;
}

export type OpenRoundCheck = { ok: true; request: OpenRoundRequest } | { ok: false; problems: OpenRoundProblems };

/**
 * Checks the form as the server would (title, a circulated version, a deadline after the opening — which is
 * `now` when left empty — and each question's text) and builds what is sent: dates as ISO moments with the
 * chosen zone's offset, optional fields left out when empty.
 */
export function checkOpenRound(values: OpenRoundValues, now: Date): OpenRoundCheck {
  const problems: OpenRoundProblems = { questions: {} };
  const title = titleProblem(values.title);
  if (title !== undefined) problems.title = title;
  if (values.baseVersion === '') problems.baseVersion = 'baseVersionMissing';
  const opens = moment(values.opens, values.timeZone, false);
  const closes = moment(values.closes, values.timeZone, true);
  if (opens !== null && 'problem' in opens) problems.opens = opens.problem;
  if (closes !== null && 'problem' in closes) problems.closes = closes.problem;
  if (closes !== null && 'iso' in closes && (opens === null || 'iso' in opens)) {
    const opensAt = opens === null ? now.getTime() : Date.parse(opens.iso);
    if (Date.parse(closes.iso) <= opensAt) problems.closes = 'closesNotAfterOpens';
  }
  for (const question of values.questions) {
    const problem = questionProblem(question.text);
    if (problem !== undefined) problems.questions[question.key] = problem;
  }
  const hasProblems =
    problems.title !== undefined ||
    problems.baseVersion !== undefined ||
    problems.opens !== undefined ||
    problems.closes !== undefined ||
    Object.keys(problems.questions).length > 0;
  if (hasProblems || closes === null || !('iso' in closes)) return { ok: false, problems };
  return {
    ok: true,
    request: {
      title: values.title.trim(),
      baseVersion: values.baseVersion,
      ...(opens !== null && 'iso' in opens && { opens: opens.iso }),
      closes: closes.iso,
      timeZone: values.timeZone,
      ...(values.invitedOrganisationIds.length > 0 && { invitedOrganisationIds: [...values.invitedOrganisationIds] }),
      visibility: values.visibility,
      directSubmission: values.directSubmission,
      questions: values.questions.map((question) => ({
        text: question.text.trim(),
        ...(question.sectionBlockId !== '' && { sectionBlockId: question.sectionBlockId }),
      })),
    },
  };
}

/** Organisations invited unless the coordinator changes it: those that contribute by default. */
export function defaultInvitations(organisations: readonly { id: string; defaultRole: string }[]): string[] {
  return organisations.filter((organisation) => organisation.defaultRole === 'Contributor').map((organisation) => organisation.id);
}
