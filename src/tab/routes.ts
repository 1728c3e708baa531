// The tab's pages: which page a URL opens, the code each page loads (a lazy chunk per page), and what a
// page can start fetching before its code has arrived. The object tab's first view is on a cold cache, so
// its chunks, its data and the sign-in run side by side instead of one after another (issues 15 and 18:
// the object tab interactive ≤ 1.0 s).
import type { ApiClient } from './api/client';

export type Route =
  | { view: 'object'; objectId: string }
  | { view: 'portfolio' }
  | { view: 'me' }
  | { view: 'config' }
  | { view: 'it' }
  | { view: 'services' }
  | { view: 'meeting' }
  | { view: 'notFound' };

export function parseRoute(pathname: string): Route {
  const object = /^\/tab\/objects\/([^/]+)\/?$/.exec(pathname);
  if (object) return { view: 'object', objectId: decodeURIComponent(object[1]!) };
  if (/^\/tab\/portfolio\/?$/.test(pathname)) return { view: 'portfolio' };
  if (/^\/tab\/config\/?$/.test(pathname)) return { view: 'config' };
  if (/^\/tab\/it\/?$/.test(pathname)) return { view: 'it' };
  if (/^\/tab\/services\/?$/.test(pathname)) return { view: 'services' };
  if (/^\/tab\/me\/?$/.test(pathname)) return { view: 'me' };
  if (/^\/tab\/meeting\/?$/.test(pathname)) return { view: 'meeting' };
  return { view: 'notFound' };
}

/** Each page's code. webpack loads a chunk once, so calling a loader early only starts the download. */
export const pages = {
  object: () => import(/* webpackChunkName: "object" */ './views/ObjectTab'),
  portfolio: () => import(/* webpackChunkName: "portfolio" */ './views/Portfolio'),
  me: () => import(/* webpackChunkName: "mywork" */ './views/MyWork'),
  it: () => import(/* webpackChunkName: "it" */ './views/it/ItPage'),
  // The service catalogue as a page of its own (issue 17): opens in a browser for anyone signed in.
  services: () => import(/* webpackChunkName: "it-services" */ './views/it/services/ServiceCatalogue'),
  // The forum meeting inside its Teams meeting (issue 19): side panel and details tab.
  meeting: () => import(/* webpackChunkName: "meeting-app" */ './views/meeting/MeetingApp'),
  config: () => import(/* webpackChunkName: "config" */ './views/ConfigPage'),
};

/** Starts loading the page's code; called before the host and the sign-in are known. */
export function preloadPage(route: Route): void {
  if (route.view !== 'notFound') void pages[route.view]().catch(() => undefined);
}

/** Starts the page's first GETs as soon as requests can be signed; the page's hooks take the answers. */
export function prefetchPageData(route: Route, api: ApiClient): void {
  api.prefetch('/api/me');
  if (route.view === 'object') api.prefetch(`/api/objects/${encodeURIComponent(route.objectId)}`);
}
