/** Where to go after signing in: the page the user asked for, never another site. */
import type { Location } from 'react-router';

export const signInPathFor = (location: Pick<Location, 'pathname' | 'search'>): string => {
  const wanted = `${location.pathname}${location.search}`;
  return wanted === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(wanted)}`;
};

/** Only same-site absolute paths are followed ("//host" and "/\host" would leave the site). */
export const safeNextPath = (next: string | null): string =>
  next !== null && /^\/(?![/\\])/.test(next) && !next.startsWith('/sign-in') ? next : '/';
