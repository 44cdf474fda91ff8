import { describe, expect, it } from 'vitest';
import type { OrganisationFocalPoints } from '../api/roundTypes';
import { focalPointIds, focalPointsChanged, toggleFocalPoint } from './focalPoints';

const albania: OrganisationFocalPoints = {
  organisationId: 'albania',
  organisationName: 'Albania',
  people: [
    { id: 'arben-hoxha', name: 'Arben Hoxha', title: 'National focal point', focalPoint: true },
    { id: 'elira-dervishi', name: 'Elira Dervishi', title: 'Delegate', focalPoint: false },
  ],
};

describe('focal points', () => {
  it('reads the focal points of an organisation', () => {
    expect(focalPointIds(albania)).toEqual(['arben-hoxha']);
  });

  it('adds and removes a person, in the order of the organisation', () => {
    expect(toggleFocalPoint(albania, ['arben-hoxha'], 'elira-dervishi', true)).toEqual(['arben-hoxha', 'elira-dervishi']);
    expect(toggleFocalPoint(albania, ['elira-dervishi'], 'arben-hoxha', true)).toEqual(['arben-hoxha', 'elira-dervishi']);
    expect(toggleFocalPoint(albania, ['arben-hoxha', 'elira-dervishi'], 'arben-hoxha', false)).toEqual(['elira-dervishi']);
  });

  it('tells whether the choice differs from what is saved', () => {
    expect(focalPointsChanged(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(focalPointsChanged(['a'], ['a', 'b'])).toBe(true);
    expect(focalPointsChanged(['a'], [])).toBe(true);
  });
});
