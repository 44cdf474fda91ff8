import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext';
import { LiveConnection } from './LiveConnection';

/** The tab's hub connection; LiveProvider supplies it (tests may supply their own). */
export const LiveContext = createContext<LiveConnection | null>(null);

/** Keeps one hub connection while someone is signed in in this tab; a new person gets a new connection. */
export function LiveProvider({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const token = useRef(session?.accessToken ?? '');
  token.current = session?.accessToken ?? '';
  const userId = session?.person.id ?? null;
  const [live, setLive] = useState<LiveConnection | null>(null);

  useEffect(() => {
    if (userId === null) return;
    let connection: LiveConnection | null = null;
    let left = false;
    // The SignalR client is loaded apart from the rest of the app, which does not wait for it.
    void import('./buildHub').then(({ buildHub }) => {
      if (left) return;
      connection = new LiveConnection(buildHub(() => token.current));
      setLive(connection);
      void connection.start();
    });
    return () => {
      left = true;
      setLive(null);
      void connection?.stop();
    };
  }, [userId]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

/** The tab's hub connection, or null before sign-in (and outside a LiveProvider). */
export function useLiveConnection(): LiveConnection | null {
  return useContext(LiveContext);
}
