import { describe, expect, it } from 'vitest';
import { clearSession, readSession, sessionStorageKey, writeSession, type Session } from './session';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const session: Session = {
  accessToken: 'token-1',
  expiresAt: '2025-11-23T15:00:00Z',
  person: { id: 'u1', name: 'Ana Ruiz', organisationId: 'cl', organisationName: 'Chile', title: 'Co-coordinator' },
};

describe('session storage', () => {
  it('reads back what was written while the token is valid', () => {
    const storage = new MemoryStorage();
    writeSession(storage, session);
    expect(readSession(storage, new Date('2025-11-23T14:00:00Z'))).toEqual(session);
  });

  it('forgets an expired token', () => {
    const storage = new MemoryStorage();
    writeSession(storage, session);
    expect(readSession(storage, new Date('2025-11-23T15:00:00Z'))).toBeNull();
  });

  it('ignores malformed or incomplete entries', () => {
    const storage = new MemoryStorage();
    const now = new Date('2025-11-23T14:00:00Z');
    storage.setItem(sessionStorageKey, '{not json');
    expect(readSession(storage, now)).toBeNull();
    storage.setItem(sessionStorageKey, JSON.stringify({ ...session, person: { id: 'u1' } }));
    expect(readSession(storage, now)).toBeNull();
    storage.setItem(sessionStorageKey, JSON.stringify({ ...session, expiresAt: 'soon' }));
    expect(readSession(storage, now)).toBeNull();
  });

  it('clears the session on sign-out', () => {
    const storage = new MemoryStorage();
    writeSession(storage, session);
    clearSession(storage);
    expect(storage.items.size).toBe(0);
  });
});
