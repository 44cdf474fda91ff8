import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from './AuthContext';
import type { SignInRedirectState } from './returnPath';

/** Sends people who are not signed in to /signin, remembering where they wanted to go. */
export function RequireAuth() {
  const { session } = useAuth();
  const location = useLocation();
  if (session === null) {
    const state: SignInRedirectState = { from: location.pathname + location.search + location.hash };
    return <Navigate to="/signin" replace state={state} />;
  }
  return <Outlet />;
}
