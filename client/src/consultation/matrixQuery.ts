import type { CommentType, MatrixFilter, MatrixRow, ThreadStatus } from '../api/types';

const filterKeys = ['organisation', 'type', 'status', 'section'] as const;
const commentTypes: readonly CommentType[] = ['General', 'Substantive', 'Editorial'];
const threadStatuses: readonly ThreadStatus[] = ['Open', 'Resolved'];

/** The query string of a matrix filter ("organisation=…&type=…"), empty fields left out, without "?". */
export function matrixQuery(filter: MatrixFilter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params.toString();
}

/** The filter named in an address's query string; unknown types and statuses are dropped. */
export function parseMatrixFilter(params: URLSearchParams): MatrixFilter {
  const filter: MatrixFilter = {};
  const organisation = params.get('organisation');
  const section = params.get('section');
  const type = params.get('type');
  const status = params.get('status');
  if (organisation) filter.organisation = organisation;
  if (section) filter.section = section;
  if (type !== null && (commentTypes as readonly string[]).includes(type)) filter.type = type as CommentType;
  if (status !== null && (threadStatuses as readonly string[]).includes(status)) filter.status = status as ThreadStatus;
  return filter;
}

export const allCommentTypes = commentTypes;
export const allThreadStatuses = threadStatuses;

export interface FilterChoice {
  value: string;
  label: string;
}

/** Choices for the organisation and section filters, in order of first appearance in the matrix rows. */
export function matrixChoices(
  rows: readonly Pick<MatrixRow, 'organisationId' | 'organisationName' | 'sectionBlockId' | 'sectionHeading'>[],
): { organisations: FilterChoice[]; sections: FilterChoice[] } {
  const organisations = new Map<string, string>();
  const sections = new Map<string, string>();
  for (const row of rows) {
    if (row.organisationId != null && !organisations.has(row.organisationId))
      organisations.set(row.organisationId, row.organisationName ?? row.organisationId);
    if (row.sectionBlockId != null && !sections.has(row.sectionBlockId))
      sections.set(row.sectionBlockId, row.sectionHeading ?? row.sectionBlockId);
  }
  const choices = (map: Map<string, string>) => [...map].map(([value, label]) => ({ value, label }));
  return { organisations: choices(organisations), sections: choices(sections) };
}

/** The choices, plus the chosen value (shown as it is) when the choices do not name it, e.g. while they load. */
export function withChosen(choices: readonly FilterChoice[], chosen: string | undefined): FilterChoice[] {
  if (chosen === undefined || choices.some((choice) => choice.value === chosen)) return [...choices];
  return [...choices, { value: chosen, label: chosen }];
}
