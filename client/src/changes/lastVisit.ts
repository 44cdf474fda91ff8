import type { Visit } from '../api/redlineTypes';

/** Seconds the current version must be on the page before it counts as seen. */
export const seenAfterMs = 5000;

/** The version to show changes from when the current one is not the one last seen; null when there is nothing new. */
export function changesSinceVisit(visit: Visit | undefined, headCommitId: string): string | null {
  if (visit === undefined || visit.lastSeenCommitId === '' || visit.lastSeenCommitId === headCommitId) return null;
  return visit.lastSeenCommitId;
}
