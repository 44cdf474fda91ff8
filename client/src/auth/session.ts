/** The signed-in person and their API token, kept in sessionStorage for the tab's lifetime. */

export interface Person {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  title?: string;
}

export interface Session {
  accessToken: string;
  expiresAt: string;
  person: Person;
}

export const sessionStorageKey = 'va-drafting.session';

function isPerson(value: unknown): value is Person {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (
    typeof p.id === 'string' &&
    typeof p.name === 'string' &&
    typeof p.organisationId === 'string' &&
    typeof p.organisationName === 'string'
  );
}

/** The stored session, or null when there is none, it is malformed, or its token has expired. */
export function readSession(storage: Pick<Storage, 'getItem'>, now: Date): Session | null {
  const raw = storage.getItem(sessionStorageKey);
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  if (typeof s.accessToken !== 'string' || s.accessToken === '') return null;
  if (typeof s.expiresAt !== 'string' || !isPerson(s.person)) return null;
  const expires = Date.parse(s.expiresAt);
  if (Number.isNaN(expires) || expires <= now.getTime()) return null;
  return { accessToken: s.accessToken, expiresAt: s.expiresAt, person: s.person };
}

export function writeSession(storage: Pick<Storage, 'setItem'>, session: Session): void {
  storage.setItem(sessionStorageKey, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(sessionStorageKey);
}
