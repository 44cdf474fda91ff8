import type { OrganisationFocalPoints } from '../api/roundTypes';

/** The ids of an organisation's people marked as focal points, in the order listed. */
export const focalPointIds = (organisation: OrganisationFocalPoints) =>
  organisation.people.filter((person) => person.focalPoint).map((person) => person.id);

/** Whether the chosen focal points differ from those saved (order does not matter). */
export function focalPointsChanged(saved: readonly string[], chosen: readonly string[]): boolean {
  const savedSet = new Set(saved);
  return saved.length !== chosen.length || chosen.some((id) => !savedSet.has(id));
}

/** `chosen` with `personId` added or removed, keeping the order of the organisation's people. */
export function toggleFocalPoint(organisation: OrganisationFocalPoints, chosen: readonly string[], personId: string, on: boolean): string[] {
  const next = new Set(chosen);
  if (on) next.add(personId);
  else next.delete(personId);
  return organisation.people.map((person) => person.id).filter((id) => next.has(id));
}
