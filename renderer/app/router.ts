// Hash routing: `#/clips?room=bathroom&night=1`. The hash keeps the current screen and its filters in
// the URL (shareable between windows, restored on reload) and works under app:// and http:// alike.

import { useCallback, useSyncExternalStore } from 'react';

/** The one route table: every screen, in the order the navigation shows them. */
export const ROUTES = [
  'library',
  'import',
  'timeline',
  'heatmaps',
  'clips',
  'groups',
  'voices',
  'quarantine',
  'devices',
  'requests',
  'reports',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

export interface Location {
  route: Route;
  params: URLSearchParams;
}

function parse(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const route = (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'library';
  return { route, params: new URLSearchParams(query) };
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}

/**
 * Only the screen: a component that does not read the filters in the URL is not rendered again when they
 * change (every filter change and search keystroke rewrites the hash).
 */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parse(window.location.hash).route);
}

/** `params` may be a query string already encoded (a filters query), used as it is. */
export function hrefFor(route: Route, params?: URLSearchParams | Record<string, string> | string): string {
  const query = typeof params === 'string' ? params : params ? new URLSearchParams(params).toString() : '';
  return `#/${route}${query ? `?${query}` : ''}`;
}

export function useNavigate(): (route: Route, params?: URLSearchParams | Record<string, string>) => void {
  return useCallback((route, params) => {
    window.location.hash = hrefFor(route, params);
  }, []);
}
