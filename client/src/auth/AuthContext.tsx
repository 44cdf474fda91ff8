import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { configureApi } from '../api/http';
import { getMe } from '../api/endpoints';
import type { Me } from '../api/types';
import type { SignInRedirectState } from './returnPath';
import { clearSession, readSession, writeSession, type Person, type Session } from './session';

interface AuthState {
  session: Session | null;
  /** The server's view of the signed-in person, once loaded. */
  me: Me | null;
  signIn(session: Session): void;
  signOut(): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [session, setSession] = useState<Session | null>(() => readSession(sessionStorage, new Date()));
  const [me, setMe] = useState<Me | null>(null);
  const sessionRef = useRef(session);
  sessionRef.current = session;
  const locationRef = useRef(location);
  locationRef.current = location;

  const signIn = useCallback((next: Session) => {
    writeSession(sessionStorage, next);
    sessionRef.current = next;
    setSession(next);
  }, []);

  const signOut = useCallback(() => {
    clearSession(sessionStorage);
    sessionRef.current = null;
    navigate('/signin', { replace: true });
    // The router navigates in a transition; clearing the session in the same transition keeps the
    // page being left from redirecting to /signin with itself as the place to return to.
    startTransition(() => {
      setSession(null);
      setMe(null);
    });
  }, [navigate]);

  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  // Configured during the first render, not in an effect: children's effects (which already call
  // the API) run before their parent's.
  useState(() =>
    configureApi({
      getToken: () => sessionRef.current?.accessToken ?? null,
      onUnauthorized: () => {
        clearSession(sessionStorage);
        sessionRef.current = null;
        setSession(null);
        setMe(null);
        const here = locationRef.current;
        if (here.pathname === '/signin') return;
        const state: SignInRedirectState = { from: here.pathname + here.search + here.hash };
        navigateRef.current('/signin', { replace: true, state });
      },
    }),
  );

  // Refresh the person's name and organisation from the server once per session.
  const token = session?.accessToken;
  useEffect(() => {
    setMe(null);
    if (token === undefined) return;
    const controller = new AbortController();
    getMe(controller.signal)
      .then((me) => {
        setMe(me);
        setSession((current) => {
          if (current === null || current.accessToken !== token) return current;
          const person: Person = { ...current.person, ...pickPerson(me) };
          const next = { ...current, person };
          writeSession(sessionStorage, next);
          return next;
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [token]);

  const value = useMemo(() => ({ session, me, signIn, signOut }), [session, me, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

function pickPerson(me: Me): Person {
  return { id: me.id, name: me.name, organisationId: me.organisationId, organisationName: me.organisationName };
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (state === null) throw new Error('useAuth must be used inside <AuthProvider>.');
  return state;
}
