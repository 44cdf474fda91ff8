import { useMemo } from 'react';
import { listFocalPoints } from '../api/roundEndpoints';
import { useAsync } from '../hooks/useAsync';

/**
 * Names of the people of the organisations on a document (from its focal-point register), by id, with the
 * signed-in person's own name; empty of others when the register cannot be read.
 */
export function usePeopleNames(documentId: string, self: { id: string; name: string } | null): ReadonlyMap<string, string> {
  const register = useAsync((signal) => listFocalPoints(documentId, signal), [documentId]);
  const selfId = self?.id;
  const selfName = self?.name;
  return useMemo(() => {
    const names = new Map<string, string>();
    if (register.state.status === 'ready') {
      for (const organisation of register.state.data) for (const person of organisation.people) names.set(person.id, person.name);
    }
    if (selfId !== undefined && selfName !== undefined) names.set(selfId, selfName);
    return names;
  }, [register.state, selfId, selfName]);
}
