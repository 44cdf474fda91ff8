import { request } from './http';
import type { Answer, OpenRoundRequest, OrganisationFocalPoints, OrganisationInfo } from './roundTypes';
import type { Round } from './types';

const documentPath = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const roundPath = (id: string, roundId: string) => `${documentPath(id)}/rounds/${encodeURIComponent(roundId)}`;

export const listOrganisations = (signal?: AbortSignal) =>
  request<OrganisationInfo[]>('/api/organisations', signal && { signal });

export const openRound = (id: string, round: OpenRoundRequest) =>
  request<Round>(`${documentPath(id)}/rounds`, { method: 'POST', json: round });

export const getRound = (id: string, roundId: string, signal?: AbortSignal) =>
  request<Round>(roundPath(id, roundId), signal && { signal });

export const extendRound = (id: string, roundId: string, closes: string) =>
  request<Round>(`${roundPath(id, roundId)}/extend`, { method: 'POST', json: { closes } });

export const closeRound = (id: string, roundId: string) =>
  request<Round>(`${roundPath(id, roundId)}/close`, { method: 'POST' });

export const reopenRound = (id: string, roundId: string, closes: string) =>
  request<Round>(`${roundPath(id, roundId)}/reopen`, { method: 'POST', json: { closes } });

export const listAnswers = (id: string, roundId: string, signal?: AbortSignal) =>
  request<Answer[]>(`${roundPath(id, roundId)}/answers`, signal && { signal });

export const putAnswer = (id: string, roundId: string, questionId: string, text: string) =>
  request<Answer>(`${roundPath(id, roundId)}/answers`, { method: 'PUT', json: { questionId, text } });

export const listFocalPoints = (id: string, signal?: AbortSignal) =>
  request<OrganisationFocalPoints[]>(`${documentPath(id)}/focal-points`, signal && { signal });

export const setFocalPoints = (id: string, organisationId: string, userIds: readonly string[]) =>
  request<OrganisationFocalPoints>(`${documentPath(id)}/focal-points/${encodeURIComponent(organisationId)}`, {
    method: 'PUT',
    json: { userIds },
  });
