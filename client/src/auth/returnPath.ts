/** What /signin receives from a page that needed a signed-in person. */
export interface SignInRedirectState {
  from?: string;
}

/** Where to go after signing in: the page the person came from, if it is a path of this site. */
export function returnPath(state: unknown): string {
  const from =
    typeof state === 'object' && state !== null ? (state as SignInRedirectState).from : undefined;
  if (typeof from !== 'string' || !from.startsWith('/')) return '/';
  // "//host" and "/\host" would leave the site.
  if (from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from === '/signin' || from.startsWith('/signin?') || from.startsWith('/signin#')) return '/';
  return from;
}
