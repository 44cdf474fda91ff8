/** Shapes of the consultation administration API: opening rounds, deadlines, answers, organisations, focal points. */
import type { RoundVisibility } from './types';

export interface OrganisationInfo {
  id: string;
  name: string;
  kind: string;
  defaultRole: string;
}

export interface QuestionRequest {
  text: string;
  sectionBlockId?: string;
}

export interface OpenRoundRequest {
  title: string;
  baseVersion: string;
  /** Left out to open the round as soon as it is saved. */
  opens?: string;
  closes: string;
  timeZone: string;
  /** Left out to invite every organisation with the contributor role on the document. */
  invitedOrganisationIds?: string[];
  visibility: RoundVisibility;
  directSubmission: boolean;
  questions: QuestionRequest[];
}

export interface Answer {
  questionId: string;
  organisationId: string;
  organisationName: string;
  text: string;
  authorId: string;
  authorName: string;
  updated: string;
}

export interface FocalPointPerson {
  id: string;
  name: string;
  title: string;
  focalPoint: boolean;
}

export interface OrganisationFocalPoints {
  organisationId: string;
  organisationName: string;
  people: FocalPointPerson[];
}
